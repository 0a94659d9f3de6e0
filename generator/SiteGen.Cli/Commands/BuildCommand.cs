using System.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: content → site, all problems reported together.</summary>
internal static class BuildCommand
{
    /// <param name="timings">Also print each stage's time, one <c>stage NAME SECONDS</c> line each (for .ci/bench).</param>
    public static int Run(BuildOptions options, bool timings = false)
    {
        var watch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options);
        Report.Diagnostics(result);
        var outcome = result.Succeeded
            ? $"{result.PagesWritten} pages written to {options.OutputDir}"
            : $"failed, {options.OutputDir} left unchanged";
        Report.Summary("build", outcome, result, watch.Elapsed);
        if (timings)
        {
            Report.Stages(result);
        }

        return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }
}
