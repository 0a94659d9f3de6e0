using System.Globalization;

namespace SiteGen.Cli.Commands;

/// <summary>Prints diagnostics (to stderr, one per line, sorted) and the closing summary line (to stdout).</summary>
internal static class Report
{
    public static void Diagnostics(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }
    }

    public static void Summary(string command, string outcome, BuildResult result, TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine($"sitegen {command}: {outcome}; {Count(result.WarningCount, "warning")}, {Count(result.ErrorCount, "error")} in {seconds} s");
    }

    /// <summary>
    /// One line per build stage, in order: <c>stage pages 1.234 s cpu 2.101 s alloc 812 MB heap 301 MB peak 420 MB</c>:
    /// wall time, then the CPU time of all threads and the managed allocations over the stage (what to compare on a busy
    /// machine), the managed heap after it and the process's peak memory so far (which stage holds the memory).
    /// </summary>
    public static void Stages(BuildResult result)
    {
        var costs = result.Costs.ToDictionary(c => c.Stage, StringComparer.Ordinal);
        foreach (var (stage, time) in result.Stages)
        {
            var line = $"stage {stage} {time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s";
            if (costs.TryGetValue(stage, out var cost))
            {
                line += $" cpu {cost.Cpu.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s alloc {Megabytes(cost.AllocatedBytes)} MB heap {Megabytes(cost.HeapBytes)} MB peak {Megabytes(cost.PeakBytes)} MB";
            }

            Console.WriteLine(line);
        }
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);

    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
