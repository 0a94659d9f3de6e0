using System.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: content → site, all problems reported together.</summary>
internal static class BuildCommand
{
    public static int Run(BuildOptions options)
    {
        var watch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options);
        Report.Diagnostics(result);
        var outcome = result.Succeeded
            ? $"{result.PagesWritten} pages written to {options.OutputDir}"
            : $"failed, {options.OutputDir} left unchanged";
        Report.Summary("build", outcome, result, watch.Elapsed);
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }
}
