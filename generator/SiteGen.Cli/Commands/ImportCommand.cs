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

        foreach (var (path, text) in result.Preview ?? [])
        {
            Console.WriteLine($"=== {path}");
            Console.Write(text);
        }

        if (line.Has("--report"))
        {
            PrintReport(result);
        }

        foreach (var imported in result.Imported)
        {
            Console.WriteLine($"  {imported.SourcePath} ({imported.Format}) → {imported.Folder}: {Report.Count(imported.Projects, "project")}, {Report.Count(imported.Indicators, "indicator")}");
        }

        var evaluations = result.Evaluations ?? [];
        foreach (var evaluation in evaluations)
        {
            Console.WriteLine($"  {evaluation.SourcePath} (自评表 {evaluation.ProjectName}) → {evaluation.File}: {Report.Count(evaluation.Indicators, "indicator")}");
        }

        var outcome = result.Preview is { } preview
            ? $"dry run: {Report.Count(preview.Count, "file")} would be written, nothing written"
            : result.Imported.Count > 0 || evaluations.Count > 0
            ? $"{Written(result.Imported.Count, evaluations.Count)} written to {options.ContentDir}{(result.SiteFileWritten ? " (and site.yml)" : "")}"
            : $"nothing written, {options.ContentDir} left unchanged";
        var seconds = watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var warnings = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning);
        var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        Console.WriteLine($"sitegen import: {outcome}; {Report.Count(warnings, "warning")}, {Report.Count(errors, "error")} in {seconds} s");
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }

    private static string Written(int disclosures, int evaluations) => string.Join(" and ", new[]
    {
        disclosures > 0 ? $"{disclosures} {(disclosures == 1 ? "disclosure" : "disclosures")}" : null,
        evaluations > 0 ? $"{evaluations} {(evaluations == 1 ? "self-evaluation" : "self-evaluations")}" : null,
    }.OfType<string>());

    /// <summary>Per source: the projects and indicators recognised, then every value left out (the warnings about that file).</summary>
    private static void PrintReport(ImportResult result)
    {
        foreach (var source in result.Recognised ?? [])
        {
            Console.WriteLine($"report: {source.SourcePath} ({source.Format})");
            Console.WriteLine(source.Refused
                ? "  recognised: nothing (refused, see the errors above)"
                : source.DepartmentRows is { } rows
                ? $"  recognised: 部门整体支出绩效自评表, {Report.Count(rows, "indicator")}"
                : $"  recognised: {Report.Count(source.Projects.Count, "project")}, {Report.Count(source.Projects.Sum(p => p.Indicators), "indicator")}");
            foreach (var (name, indicators) in source.Projects)
            {
                Console.WriteLine($"    {name}: {Report.Count(indicators, "indicator")}");
            }

            var leftOut = result.Diagnostics.Where(d => d.Location.Path == source.SourcePath && d.Severity != Diagnostics.Severity.Info).ToList();
            Console.WriteLine($"  left out or to check: {leftOut.Count}");
            foreach (var diagnostic in leftOut)
            {
                Console.WriteLine($"    ({diagnostic.Location.Line},{diagnostic.Location.Column}) {diagnostic.Code}: {diagnostic.Message}");
            }
        }
    }

    private static ImportOptions? Options(CommandLine line)
    {
        var encoding = line.Value("--encoding")?.ToLowerInvariant();
        if (encoding is not null && !TextDecoder.EncodingNames.Contains(encoding))
        {
            Usage.Fail($"--encoding 只能是 {string.Join("、", TextDecoder.EncodingNames)}");
            return null;
        }

        if (line.Value("--department-code") is { } departmentCode && (departmentCode.Length is 0 or > 64 || departmentCode.StartsWith('.') || !departmentCode.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            Usage.Fail($"--department-code 只能包含字母、数字、“-”、“_” 和 “.”（它会成为网址的一部分），而不是 “{departmentCode}”");
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
            new SiteSettingsInput(line.Value("--title"), line.Value("--authority"), line.Value("--base-url")),
            line.Has("--dry-run"),
            line.Value("--department-code"),
            line.Value("--department-name"));
    }
}
