using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Review;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen review</c>: the reviewer's quality checks. The report goes to stdout (or --output), text as one finding per line in the diagnostic
/// format (clickable in VS Code), the summary line to stderr; json and html are for tools and for staff. Findings never fail
/// the command: it exits 1 only when the content itself has errors (as <c>sitegen check</c> would).
/// </summary>
internal static class ReviewCommand
{
    public static int Run(CommandLine parsed)
    {
        var format = parsed.Value("--format", "text");
        if (format is not ("text" or "json" or "html"))
        {
            return Usage.Fail($"--format 只能是 text、json 或 html，不能是 “{format}”");
        }

        var result = SiteReviewer.Review(parsed.BuildOptions());
        var settings = result.Site?.Settings;
        var bytes = format switch
        {
            "json" => ReviewJson.Write(result.Findings, settings),
            "html" => ReviewHtml.Write(result.Findings, settings, Stylesheet.BuiltIn(), page => settings is null ? page : SiteUrls.Absolute(settings, page)),
            _ => Encoding.UTF8.GetBytes(string.Concat(result.Findings.Select(f => f.Diagnostic + "\n"))),
        };

        if (parsed.Value("--output") is { } file)
        {
            try
            {
                File.WriteAllBytes(file, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{file}: error {DiagnosticCodes.OutputFailed.Id}: 无法写入审核报告：{e.Message}");
                return ExitCodes.ContentErrors;
            }
        }
        else
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
        }

        Console.Error.WriteLine($"sitegen review: {result.Findings.Count} findings; {Report.Count(result.Count(Severity.Warning), "warning")}, {result.Count(Severity.Info)} info, {Report.Count(result.Count(Severity.Error), "error")}");
        return result.ContentHasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}
