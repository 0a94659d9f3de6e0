using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Import.Recognition;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Evaluation;

/// <summary>One department-evaluation.yml the import would write: from which form, where, and its text.</summary>
internal sealed record DepartmentEvaluationPlan(string SourcePath, string FilePath, string DepartmentName, int Rows, string Text);

/// <summary>
/// The 部门整体支出绩效自评表 half of <c>sitegen import</c>: reads the form, finds the disclosure it evaluates (same year,
/// the department by <c>--department-code</c> or by the name the form gives) in the content folder or among the
/// documents of the same run, and writes department-evaluation.yml beside its disclosure.yml. As for project forms,
/// every problem is found before anything is written, and an existing file is replaced only with <c>--force</c>.
/// </summary>
internal static class DepartmentEvaluationImport
{
    public static bool IsDepartmentForm(LegacyDocument document) => DepartmentFormReader.IsDepartmentForm(document);

    /// <summary>How many indicator rows the form holds, for --report; null when none can be read. Its findings are <see cref="Plan"/>'s to report.</summary>
    public static int? Rows(LegacyDocument document) => DepartmentFormReader.Read(document, new DiagnosticBag())?.Rows.Count;

    public static IReadOnlyList<DepartmentEvaluationPlan> Plan(ImportOptions options, IReadOnlyList<(string Folder, DisclosureDraft Draft)> importing,
        IReadOnlyList<(string File, LegacyDocument Document, ILookup<(int Row, int Column), (string Sheet, string Text)>? Sheets)> forms, DiagnosticBag diagnostics)
    {
        if (forms.Count == 0)
        {
            return [];
        }

        var targets = PublishedTargets.Of(options.ContentDir, importing);
        var plans = new List<DepartmentEvaluationPlan>();
        foreach (var (file, document, sheets) in forms)
        {
            var local = new DiagnosticBag();
            var form = DepartmentFormReader.Read(document, local);
            var plan = form is null ? null : Match(file, form, targets, options, local);
            foreach (var d in local.Sorted())
            {
                diagnostics.Add(XlsxReader.InSheet(sheets, document, d));
            }

            if (plan is not null)
            {
                plans.Add(plan);
            }
        }

        return plans;
    }

    private static DepartmentEvaluationPlan? Match(string file, DepartmentFormDraft form, IReadOnlyList<TargetDisclosure> targets, ImportOptions options, DiagnosticBag diagnostics)
    {
        var year = options.Year ?? form.Year;
        var name = options.DepartmentName ?? form.Department?.Text;
        var candidates = targets.Where(t => (year is null || t.Year == year)
            && (options.DepartmentCode is { } code ? t.DepartmentCode == code : name is not null && Labels.Normalise(t.DepartmentName) == Labels.Normalise(name))).ToList();
        var at = form.Department?.At ?? form.At;
        if (candidates.Count != 1)
        {
            diagnostics.Report(candidates.Count == 0 ? DiagnosticCodes.ImportDepartmentEvaluationUnmatched : DiagnosticCodes.ImportEvaluationAmbiguous, at,
                candidates.Count == 0
                    ? $"部门整体自评表的部门（{name ?? "表上未写部门名称"}，{(year is { } y ? $"{y}年" : "表上未写年度")}）在已公开的文档中找不到：用 --year 和 --department-code 指明它评价的是哪一份公开文档"
                    : $"部门整体自评表可对应 {candidates.Count} 份公开文档（{string.Join("、", candidates.Select(c => $"{c.Year}年 {c.DepartmentName}"))}）：用 --year 和 --department-code 指明");
            return null;
        }

        var target = candidates[0];
        var path = Path.Join(target.Folder, ContentLoader.DepartmentEvaluationFileName);
        if (File.Exists(path) && !options.Force)
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationExists, at, $"{path} 已存在（该部门本年度的部门整体自评）：确认要替换时加 --force");
            return null;
        }

        var numbersOk = true;
        foreach (var cell in form.Rows.SelectMany(r => new[] { r.Weight, r.Score }).Append(form.Total).OfType<FormCell>())
        {
            if (!decimal.TryParse(EvaluationYaml.Plain(cell), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                diagnostics.Report(DiagnosticCodes.ImportEvaluationNotANumber, cell.At, $"“{cell.Text}” 不是十进制数（分值、得分和总分写数字，如 10 或 9.5）");
                numbersOk = false;
            }
        }

        return numbersOk ? new DepartmentEvaluationPlan(file, path, target.DepartmentName, form.Rows.Count, Yaml(file, form)) : null;
    }

    private static string Yaml(string file, DepartmentFormDraft form)
    {
        var f = ContentFormat.DepartmentEvaluation;
        var row = ContentFormat.DepartmentEvaluatedIndicator;
        var map = new ContentMap(f)
            .Set(f.Indicators, form.Rows.Select(r => new ContentMap(row)
                .Set(row.Level1, r.Level1)
                .Set(row.Level2, r.Level2)
                .Set(row.Name, r.Name.Text)
                .Set(row.Initial, r.Initial)
                .Set(row.Adjusted, r.Adjusted)
                .Set(row.Actual, r.Actual.Text)
                .Set(row.Weight, EvaluationYaml.Plain(r.Weight))
                .Set(row.Score, EvaluationYaml.Plain(r.Score))
                .Set(row.Core, r.Core is { } core ? (core ? "true" : "false") : null)))
            .Set(f.Total, form.Total is { } total ? EvaluationYaml.Plain(total) : null)
            .Set(f.Conclusion, form.Conclusion is { Length: > 0 } conclusion ? EvaluationYaml.Prose(conclusion) : null);
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../", "department-evaluation.schema.json"),
            $"来源：{Path.GetFileName(file)}（部门整体支出绩效自评表）");
    }

    /// <summary>The files that would be written, for --dry-run.</summary>
    public static IEnumerable<(string Path, string Text)> Files(IReadOnlyList<DepartmentEvaluationPlan> plans) => plans.Select(p => (p.FilePath, p.Text));

    public static IReadOnlyList<ImportedEvaluation>? Write(IReadOnlyList<DepartmentEvaluationPlan> plans, DiagnosticBag diagnostics)
    {
        var written = new List<ImportedEvaluation>();
        foreach (var plan in plans)
        {
            if (!SelfEvaluationImport.WriteAside(plan.FilePath, plan.Text, diagnostics))
            {
                return null;
            }

            written.Add(new ImportedEvaluation(plan.SourcePath, $"{plan.DepartmentName}（部门整体自评）", plan.FilePath, plan.Rows));
        }

        return written;
    }
}
