using SiteGen.Diagnostics;
using SiteGen.Import.Recognition;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Evaluation;

/// <summary>One imported document that holds 自评表, with its forms as read; a workbook's sheets for its messages.</summary>
internal sealed record FormSource(string File, LegacyDocument Document, ILookup<(int Row, int Column), (string Sheet, string Text)>? Sheets, IReadOnlyList<SelfEvaluationDraft> Forms)
{
    /// <summary>Reports at a place in this document, naming the sheet and cell first when it is a workbook (工作表“…” B7：).</summary>
    public void Report(DiagnosticBag diagnostics, DiagnosticCode code, SourceLocation at, string message) =>
        diagnostics.Report(code, at, Sheets is not null && at.Path == Document.Path ? XlsxReader.Describe(Sheets, at, message) + message : message);
}

/// <summary>One evaluation file written by the import.</summary>
public sealed record ImportedEvaluation(string SourcePath, string ProjectName, string File, int Indicators);

/// <summary>
/// The 自评表 half of <c>sitegen import</c>: reads the forms of each document recognised as a self-evaluation, matches
/// them to the published targets (in the content folder, or imported in the same run), and writes one
/// evaluation/{项目编码}.yml per form beside the disclosure it evaluates. Every problem is found before anything is
/// written (the importer's all or nothing); each file is written aside and moved into place.
/// </summary>
internal static class SelfEvaluationImport
{
    public static bool IsSelfEvaluation(LegacyDocument document) => SelfEvaluationReader.IsSelfEvaluation(document);

    public static FormSource Read(string file, LegacyDocument document, ILookup<(int Row, int Column), (string Sheet, string Text)>? sheets, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var forms = SelfEvaluationReader.Read(document, local);
        var source = new FormSource(file, document, sheets, forms);
        foreach (var d in local.Sorted())
        {
            diagnostics.Add(XlsxReader.InSheet(sheets, document, d));
        }

        if (forms.Count == 0 && !local.HasErrors)
        {
            source.Report(diagnostics, DiagnosticCodes.ImportEvaluationIncomplete, document.Blocks.Count > 0 ? document.Blocks[0].At : SourceLocation.File(file),
                "这份文档有自评表的表头，但没有读出任何一份完整的项目支出绩效自评表");
        }

        return source;
    }

    /// <summary>Matches every form; null when any could not be matched (each reported, nothing to write).</summary>
    public static IReadOnlyList<EvaluationPlan> Plan(ImportOptions options, IReadOnlyList<(string Folder, DisclosureDraft Draft)> importing, IReadOnlyList<FormSource> sources, DiagnosticBag diagnostics)
    {
        if (sources.Count == 0)
        {
            return [];
        }

        var targets = PublishedTargets.Of(options.ContentDir, importing);
        var given = new GivenFacts(options.Year, options.DepartmentCode, options.DepartmentName);
        var plans = new List<EvaluationPlan>();
        foreach (var source in sources)
        {
            foreach (var form in source.Forms)
            {
                var plan = EvaluationMatcher.Match(source.File, form, targets, given, options.Force, (code, at, message) => source.Report(diagnostics, code, at, message));
                if (plan is null)
                {
                    continue;
                }

                if (plans.FirstOrDefault(p => p.FilePath == plan.FilePath) is { } first)
                {
                    source.Report(diagnostics, DiagnosticCodes.ImportEvaluationTwice, form.Name?.At ?? form.At,
                        $"项目 “{plan.Project.Name}”（{plan.Project.Key}）已有一份自评表（{first.SourcePath}）：一次只导入其中一份");
                    continue;
                }

                plans.Add(plan);
            }
        }

        return plans;
    }

    /// <summary>The files that would be written, for --dry-run.</summary>
    public static IEnumerable<(string Path, string Text)> Files(IReadOnlyList<EvaluationPlan> plans) =>
        plans.Select(p => (p.FilePath, EvaluationYaml.Write(p)));

    public static IReadOnlyList<ImportedEvaluation>? Write(IReadOnlyList<EvaluationPlan> plans, DiagnosticBag diagnostics)
    {
        var written = new List<ImportedEvaluation>();
        foreach (var plan in plans)
        {
            if (!WriteAside(plan.FilePath, EvaluationYaml.Write(plan), diagnostics))
            {
                return null;
            }

            written.Add(new ImportedEvaluation(plan.SourcePath, plan.Project.Name, plan.FilePath, plan.Rows.Count));
        }

        return written;
    }

    /// <summary>Writes an evaluation file aside and moves it into place, so a failed write never leaves half a file; false (reported) when it cannot.</summary>
    internal static bool WriteAside(string path, string text, DiagnosticBag diagnostics)
    {
        var temporary = Path.Join(Path.GetDirectoryName(path), "." + Path.GetFileName(path) + ".importing");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.ImportWriteFailed, SourceLocation.File(path), $"无法写入：{ex.Message}");
            return false;
        }
    }
}
