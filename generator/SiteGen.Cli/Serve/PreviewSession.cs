using SiteGen.Cli.Commands;
using SiteGen.Preview;

namespace SiteGen.Cli.Serve;

/// <summary>The preview's loop: wait for a change, rebuild, print what happened, tell the open pages.</summary>
internal sealed class PreviewSession(IncrementalBuilder builder, ContentWatcher watcher, LiveReload live, bool quiet = false)
{
    /// <summary>After each rebuild, once the pages have been told (with what they were sent, if anything).</summary>
    public event Action<PreviewBuild, string?>? Rebuilt;

    /// <summary>The first build, before the server starts.</summary>
    public PreviewBuild Start()
    {
        var build = builder.Rebuild();
        Print(build);
        live.Publish(build);
        return build;
    }

    public async Task Run(CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                await watcher.WaitForChange(cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            PreviewBuild build;
            try
            {
                build = builder.Rebuild();
            }
            catch (Exception ex)
            {
                // A bug, not bad content: say so, and keep serving the last good site.
                Console.Error.WriteLine($"sitegen serve: internal error: {ex.GetType().Name}: {ex.Message} (still serving the last good site)");
                continue;
            }

            Print(build);
            var sent = live.Publish(build);
            Rebuilt?.Invoke(build, sent);
        }
    }

    private void Print(PreviewBuild build)
    {
        if (quiet)
        {
            return;
        }

        foreach (var diagnostic in build.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        var ms = $"{build.Elapsed.TotalMilliseconds:0} ms";
        var counts = $"{Report.Count(build.WarningCount, "warning")}, {Report.Count(build.ErrorCount, "error")}";
        Console.WriteLine(build switch
        {
            { Succeeded: false } when build.Site.Files.Count == 0 => $"sitegen serve: {counts}; nothing to serve until they are fixed ({ms})",
            { Succeeded: false } => $"sitegen serve: {counts}; still serving the last good site ({ms})",
            { Full: true } => $"sitegen serve: built all {build.Rendered.Count} files in {ms}; {counts}",
            _ => $"sitegen serve: rebuilt {build.Rendered.Count} files{(build.Removed.Count > 0 ? $", removed {build.Removed.Count}" : "")} in {ms}; {counts}",
        });
    }
}
