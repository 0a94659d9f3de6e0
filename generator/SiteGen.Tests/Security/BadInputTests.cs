using System.Diagnostics;
using System.Text.RegularExpressions;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Security;

/// <summary>
/// Bad inputs made by code (<see cref="BadInputCase"/>; the committed ones are Golden/Broken): each runs
/// `sitegen build` as its own process over an already published site and must report diagnostics with file,
/// line, column and code, exit 1, print no stack trace, stay within <see cref="MaxSeconds"/> and
/// <see cref="MaxMegabytes"/>, and leave the published output byte for byte as it was.
/// </summary>
public sealed partial class BadInputTests(BadInputTests.PublishedSite published, ITestOutputHelper log) : IClassFixture<BadInputTests.PublishedSite>
{
    /// <summary>Wall-clock bound for one whole CLI run, process start included (a good run takes under 1 s).</summary>
    public const double MaxSeconds = 10;

    /// <summary>Peak resident memory bound for one whole CLI run (a good run peaks near 60 MB); the GC heap is also capped there.</summary>
    public const int MaxMegabytes = 500;

    private static readonly string BaseDir = Path.Join(RepoPaths.Golden, "Broken", "_base");

    public static TheoryData<string> Cases() => [.. BadInputCase.All.Select(c => c.Name)];

    [Fact]
    public void There_are_at_least_forty_bad_inputs_with_the_committed_broken_cases()
    {
        var committed = Directory.EnumerateDirectories(Path.Join(RepoPaths.Golden, "Broken"))
            .Count(d => !Path.GetFileName(d).StartsWith('_') && File.ReadAllText(Path.Join(d, "expected.txt")).Contains("exit: 1", StringComparison.Ordinal));
        Assert.True(BadInputCase.All.Count >= 40, $"{BadInputCase.All.Count} generated cases");
        Assert.True(BadInputCase.All.Count + committed >= 60);
        Assert.Equal(BadInputCase.All.Count, BadInputCase.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_input_fails_cleanly_and_leaves_the_published_site_alone(string name)
    {
        var badCase = BadInputCase.All.Single(c => c.Name == name);
        using var folder = new TempFolder();
        folder.CopyFrom(BaseDir);
        folder.CopyFrom(RepoPaths.Templates, "templates");
        folder.CopyFrom(published.Output, "output");
        var before = published.Snapshot;
        badCase.Make(new BadInputCase.Folders(folder.Join("content"), folder.Join("templates"), folder.Join("outside")));

        var run = Measured.Run(folder.Path, "build");
        log.WriteLine($"{name}: exit {run.ExitCode}, {run.Seconds:F2} s, peak {run.PeakMegabytes} MB");

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{run.StdErr}\n{run.StdOut}");
        Assert.DoesNotContain("   at ", run.StdErr + run.StdOut, StringComparison.Ordinal);
        // A build slower than 10 s (a loaded machine) also prints its progress to stderr, a plain line every 10 s: not a problem report.
        var lines = run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !ProgressLine().IsMatch(line)).ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(DiagnosticLine(), line));
        Assert.Contains(lines, line => line.Contains($"error {badCase.Code}:", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(folder.Join("output")));
        Assert.True(run.Seconds < MaxSeconds, $"{run.Seconds:F1} s");
        Assert.True(run.PeakMegabytes < MaxMegabytes, $"{run.PeakMegabytes} MB");
    }

    internal static Dictionary<string, string> Snapshot(string dir) =>
        GoldenFiles.ListFiles(dir).ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Join(dir, f)))));

    [GeneratedRegex(@"^sitegen build: \S+( \d+/\d+ \(\d+%\)|…)")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"^.+\(\d+,\d+\): (error|warning) SG\d{4}: .+$")]
    private static partial Regex DiagnosticLine();

    /// <summary>The base site, published once; each case starts from a copy of its output folder.</summary>
    public sealed class PublishedSite : IDisposable
    {
        private readonly TempFolder _folder = new();

        public PublishedSite()
        {
            _folder.CopyFrom(BaseDir);
            var run = CliRunner.Run(_folder.Path, "build", "--templates", RepoPaths.Templates);
            Assert.Equal(0, run.ExitCode);
            Output = _folder.Join("output");
            Snapshot = BadInputTests.Snapshot(Output);
            Assert.Contains(".sitegen", Snapshot.Keys);
        }

        public string Output { get; }

        public Dictionary<string, string> Snapshot { get; }

        public void Dispose() => _folder.Dispose();
    }

    /// <summary>Runs the CLI with its GC heap capped at the bound, timing it and sampling its peak resident memory.</summary>
    private static class Measured
    {
        public sealed record Result(int ExitCode, string StdOut, string StdErr, double Seconds, long PeakMegabytes);

        public static Result Run(string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
                StandardErrorEncoding = System.Text.Encoding.UTF8,
            };
            start.ArgumentList.Add(Path.Join(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_GCHeapHardLimit"] = $"0x{MaxMegabytes * 1024L * 1024:X}";
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            long peakKb = 0;
            while (!process.WaitForExit(10))
            {
                peakKb = Math.Max(peakKb, HighWaterMarkKb(process.Id));
                if (watch.Elapsed > TimeSpan.FromMinutes(1))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("sitegen did not finish in a minute");
                }
            }

            var seconds = watch.Elapsed.TotalSeconds;
            return new Result(process.ExitCode, stdout.Result, stderr.Result, seconds, peakKb / 1024);
        }

        /// <summary>VmHWM of /proc/PID/status: the process's peak resident set so far (0 when it is gone or not Linux).</summary>
        private static long HighWaterMarkKb(int pid)
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }
}
