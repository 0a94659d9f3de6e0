using System.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen check</c>: reads and validates the content only.</summary>
internal static class CheckCommand
{
    public static int Run(BuildOptions options)
    {
        var watch = Stopwatch.StartNew();
        var result = SiteBuilder.Check(options);
        Report.Diagnostics(result);
        Report.Summary("check", result.Succeeded ? "content is valid" : "content has errors", result, watch.Elapsed);
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }
}
