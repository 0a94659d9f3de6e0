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

    /// <summary>One line per build stage, in order: <c>stage render 1.234 s</c>.</summary>
    public static void Stages(BuildResult result)
    {
        foreach (var (stage, time) in result.Stages)
        {
            Console.WriteLine($"stage {stage} {time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s");
        }
    }

    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
