using System.Diagnostics;
using System.Globalization;
using SiteGen.Import;
using SiteGen.Import.Sources;
using SiteGen.Import.Writing;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen import FILE…</c>: legacy disclosures (text exports, .docx) → content.</summary>
internal static class ImportCommand
{
    public static int Run(CommandLine line)
    {
        if (Options(line) is not { } options)
        {
            return ExitCodes.Usage;
        }

        var watch = Stopwatch.StartNew();
        var result = Importer.Import(options);
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        foreach (var imported in result.Imported)
        {
            Console.WriteLine($"  {imported.SourcePath} ({imported.Format}) → {imported.Folder}: {imported.Projects} projects, {imported.Indicators} indicators");
        }

        var outcome = result.Imported.Count > 0
            ? $"{result.Imported.Count} {(result.Imported.Count == 1 ? "disclosure" : "disclosures")} written to {options.ContentDir}{(result.SiteFileWritten ? " (and site.yml)" : "")}"
            : $"nothing written, {options.ContentDir} left unchanged";
        var seconds = watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var warnings = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning);
        var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        Console.WriteLine($"sitegen import: {outcome}; {Report.Count(warnings, "warning")}, {Report.Count(errors, "error")} in {seconds} s");
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }

    private static ImportOptions? Options(CommandLine line)
    {
        var encoding = line.Value("--encoding")?.ToLowerInvariant();
        if (encoding is not null && !TextDecoder.EncodingNames.Contains(encoding))
        {
            Usage.Fail($"--encoding 只能是 {string.Join("、", TextDecoder.EncodingNames)}");
            return null;
        }

        int? year = null;
        if (line.Value("--year") is { } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 2000 or > 2100)
            {
                Usage.Fail($"--year 应为四位年份，例如 2020，而不是 “{yearText}”");
                return null;
            }

            year = parsed;
        }

        return new ImportOptions(
            line.Files,
            line.Value("--output", "content"),
            line.Has("--force"),
            encoding,
            year,
            new SiteSettingsInput(line.Value("--title"), line.Value("--authority"), line.Value("--base-url")));
    }
}
