using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Cli.Serve;
using SiteGen.Content;
using SiteGen.Preview;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen serve-bench</c> (for <c>.ci/bench</c>, not in the help): runs what <c>sitegen serve</c> runs, without
/// the web server, edits one project file after another, and prints the time from each save until the rebuild is
/// done and the open pages have been told to reload (the file watcher's quiet time included): median, min, max.
/// The content folder is edited in place, so give it a copy (a sample).
/// </summary>
internal static partial class ServeBenchCommand
{
    public static int Run(CommandLine command)
    {
        var options = command.BuildOptions();
        if (!int.TryParse(command.Value("--edits", "7"), out var edits) || edits < 1)
        {
            return Usage.Fail("--edits 需要一个正整数");
        }

        var builder = new IncrementalBuilder(options.ContentDir, options.TemplatesDir);
        var live = new LiveReload();
        using var watcher = new ContentWatcher(ServeCommand.Watched(options), ServeCommand.Debounce);
        var session = new PreviewSession(builder, watcher, live, quiet: true);
        var first = Stopwatch.StartNew();
        var start = session.Start();
        if (!start.Succeeded)
        {
            Report.Diagnostics(new BuildResult(false, start.Diagnostics, 0, []));
            return ExitCodes.ContentErrors;
        }

        Console.WriteLine($"serve-bench: first build of {start.Rendered.Count} files in {first.Elapsed.TotalMilliseconds:0} ms");
        var projects = ContentLoader.Load(options.ContentDir, new Diagnostics.DiagnosticBag()).Disclosures
            .Where(d => d.Projects.Count > 0).Select(d => d.Projects[0]).ToList();
        using var stop = new CancellationTokenSource();
        PreviewBuild? last = null;
        var done = new SemaphoreSlim(0);
        session.Rebuilt += (build, _) =>
        {
            last = build;
            done.Release();
        };
        var loop = session.Run(stop.Token);
        var totals = new List<double>();
        var rebuilds = new List<double>();
        var completes = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            // Different disclosures spread over the corpus; the first edit also warms up the rebuild's code.
            var file = projects[(i * 7919 + projects.Count / 2) % projects.Count];
            var text = FirstName().Replace(File.ReadAllText(file, Encoding.UTF8), $"name: 第{i + 1}次修改·", 1);
            Thread.Sleep(200);
            var watch = Stopwatch.StartNew();
            File.WriteAllText(file, text, new UTF8Encoding(false));
            if (!done.Wait(TimeSpan.FromSeconds(30)))
            {
                Console.Error.WriteLine("serve-bench: no rebuild within 30 s of an edit");
                return ExitCodes.InternalError;
            }

            var elapsed = watch.Elapsed.TotalMilliseconds;
            last!.Site.Ready.Wait();
            var complete = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"serve-bench: edit {i + 1}: {Path.GetRelativePath(options.ContentDir, file)}: {last!.Rendered.Count} files re-rendered, rebuild {last.Elapsed.TotalMilliseconds:0} ms, save→notified {elapsed:0} ms{(last.Succeeded ? "" : " (FAILED)")}, every file made {complete:0} ms; {string.Join(", ", last.Stages.Select(st => $"{st.Stage} {st.Time.TotalMilliseconds:0}"))}");
            if (i > 0 || edits == 1)
            {
                totals.Add(elapsed);
                rebuilds.Add(last.Elapsed.TotalMilliseconds);
                completes.Add(complete);
            }
        }

        stop.Cancel();
        loop.GetAwaiter().GetResult();
        Console.WriteLine($"serve-bench: {start.Site.Files.Count} files, {totals.Count} edits after warm-up: save→notified median {Median(totals):0} ms (min {totals.Min():0}, max {totals.Max():0}), of which rebuild median {Median(rebuilds):0} ms and {ServeCommand.Debounce.TotalMilliseconds:0} ms quiet time; data files and search index made {Median(completes):0} ms after the save (median)");
        return ExitCodes.Ok;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The project's own name (the first top-level <c>name:</c>), before its value.</summary>
    [GeneratedRegex("^name: \"?", RegexOptions.Multiline)]
    private static partial Regex FirstName();
}
