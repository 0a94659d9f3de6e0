using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Import.Recognition;

namespace SiteGen.Import.Evaluation;

/// <summary>A form matched to its published project: the file it goes to, beside the disclosure it evaluates.</summary>
internal sealed record EvaluationPlan(string SourcePath, SelfEvaluationDraft Form, TargetDisclosure Disclosure, TargetProject Project,
    IReadOnlyList<(EvaluatedRowDraft Row, TargetIndicator Indicator)> Rows, string FilePath, bool Replaces, Func<string, string> Money);

/// <summary>
/// Matches each 自评表 to the published project it evaluates: by 项目编码, else by 项目名称 within the department the form
/// (or --department-code / --department-name) names, in the form's year (or --year). Each row is matched to the
/// project's indicator of that 三级指标 name, whose name becomes its key. Anything that does not match is an error at
/// the form's cell: an evaluation is never written for the wrong project, nor an indicator dropped unnoticed.
/// </summary>
internal static class EvaluationMatcher
{
    public static EvaluationPlan? Match(string sourcePath, SelfEvaluationDraft form, IReadOnlyList<TargetDisclosure> targets, GivenFacts given, bool force, Action<DiagnosticCode, SourceLocation, string> report)
    {
        var year = form.Year ?? given.Year;
        var inYear = targets.Where(t => year is null || t.Year == year).ToList();
        var found = FindProject(form, inYear, given, report);
        if (found is not { } match)
        {
            return null;
        }

        var (disclosure, project) = match;
        var rows = new List<(EvaluatedRowDraft, TargetIndicator)>();
        var ok = true;
        foreach (var row in form.Rows)
        {
            var named = project.Indicators.Where(i => i.Name == row.Name.Text).ToList();
            if (named.Count == 0)
            {
                named = [.. project.Indicators.Where(i => Labels.Normalise(i.Name) == Labels.Normalise(row.Name.Text))];
            }

            if (named.Count == 0)
            {
                report(DiagnosticCodes.ImportEvaluationUnmatchedIndicator, row.Name.At,
                    $"指标 “{row.Name.Text}” 不在项目 “{project.Name}”（{project.Key}）已公开的绩效指标中：可选 {string.Join("、", project.Indicators.Select(i => i.Name))}");
                ok = false;
            }
            else if (named.Count > 1)
            {
                report(DiagnosticCodes.ImportEvaluationAmbiguous, row.Name.At,
                    $"项目 “{project.Name}” 有 {named.Count} 个名为 “{row.Name.Text}” 的指标：自评无法按名称对应，请给这些指标行加上 id 后手工填写 evaluation/ 文件");
                ok = false;
            }
            else if (rows.Any(r => ReferenceEquals(r.Item2, named[0])))
            {
                report(DiagnosticCodes.ImportEvaluationTwice, row.Name.At, $"指标 “{named[0].Name}” 在这份自评表中出现了两次");
                ok = false;
            }
            else
            {
                rows.Add((row, named[0]));
            }
        }

        var existing = disclosure.ExistingEvaluations.GetValueOrDefault(project.Key);
        var file = existing ?? Path.Join(disclosure.Folder, Content.ContentLoader.EvaluationFolderName, FileName(project.Key) + ".yml");
        var replaces = existing is not null || File.Exists(file);
        if (replaces && !force)
        {
            report(DiagnosticCodes.ImportEvaluationExists, form.Name?.At ?? form.At,
                $"项目 “{project.Name}”（{project.Key}）的绩效自评已经存在（{file}）；确认要用这份自评表替换时，加 --force");
            ok = false;
        }

        var money = Money(form, disclosure, report);
        return ok && money is not null ? new EvaluationPlan(sourcePath, form, disclosure, project, rows, file, replaces, money) : null;
    }

    private static (TargetDisclosure, TargetProject)? FindProject(SelfEvaluationDraft form, List<TargetDisclosure> targets, GivenFacts given, Action<DiagnosticCode, SourceLocation, string> report)
    {
        var at = form.Code?.At ?? form.Name?.At ?? form.At;
        var label = form.Name?.Text ?? form.Code!.Text;
        var all = targets.SelectMany(t => t.Projects.Select(p => (Disclosure: t, Project: p))).ToList();
        var byCode = form.Code is { } code ? all.Where(x => x.Project.WrittenCode == code.Text || x.Project.Key == code.Text).ToList() : [];
        var candidates = byCode;
        if (candidates.Count == 0)
        {
            var departments = new[] { form.SupervisingDepartment, form.ImplementingUnit, given.DepartmentName }.OfType<string>().ToList();
            if (form.Name is null || (departments.Count == 0 && given.DepartmentCode is null))
            {
                report(DiagnosticCodes.ImportEvaluationUnmatchedProject, at, form.Name is null
                    ? $"已公开的项目中没有项目编码 “{label}”"
                    : $"自评表 “{label}” 没有对应的已公开项目编码，也没有写明主管部门：请用 --department-code 编码 指定部门，按项目名称在该部门内对应");
                return null;
            }

            candidates = [.. all.Where(x => (x.Disclosure.DepartmentCode == given.DepartmentCode || departments.Contains(x.Disclosure.DepartmentName, StringComparer.Ordinal)
                        || (x.Project.UnitName is { } unit && departments.Contains(unit, StringComparer.Ordinal)))
                    && Labels.Normalise(x.Project.Name) == Labels.Normalise(form.Name.Text))];
            if (candidates.Count > 0 && form.Code is not null)
            {
                report(DiagnosticCodes.ImportEvaluationMatchedByName, form.Code.At,
                    $"已公开的项目中没有项目编码 “{form.Code.Text}”：按项目名称对应到 “{candidates[0].Project.Name}”（{candidates[0].Project.Key}），请核对");
            }
        }
        else if (form.Name is { } name && Labels.Normalise(name.Text) != Labels.Normalise(byCode[0].Project.Name))
        {
            report(DiagnosticCodes.ImportEvaluationMatchedByName, name.At,
                $"项目名称 “{name.Text}” 与已公开的 “{byCode[0].Project.Name}”（项目编码 {byCode[0].Project.Key}）不同：按项目编码对应，请核对");
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        if (candidates.Count == 0)
        {
            var years = targets.Select(t => t.Year).Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
            report(DiagnosticCodes.ImportEvaluationUnmatchedProject, at,
                $"自评表 “{label}”{(form.Code is { } c ? $"（项目编码 {c.Text}）" : "")} 在{(years.Count == 0 ? "内容目录中（还没有任何公开文档）" : $" {string.Join("、", years)} 年度已公开的绩效目标中")}找不到对应的项目：请先导入该项目的绩效目标，或核对项目编码、名称和部门");
            return null;
        }

        report(DiagnosticCodes.ImportEvaluationAmbiguous, at,
            $"自评表 “{label}” 可对应 {candidates.Count} 个已公开的项目：{string.Join("、", candidates.Select(x => $"{x.Disclosure.Year} 年度 {x.Disclosure.DepartmentName}（{x.Disclosure.DepartmentCode}）"))}；请用 --year 或 --department-code 指定");
        return null;
    }

    /// <summary>
    /// Amounts as written when the form's unit is the disclosure's (or unstated); otherwise moved by four decimal places,
    /// exactly, and reported, since the evaluation is kept in the disclosure's unit.
    /// </summary>
    private static Func<string, string>? Money(SelfEvaluationDraft form, TargetDisclosure disclosure, Action<DiagnosticCode, SourceLocation, string> report)
    {
        if (form.MoneyUnit is null || form.MoneyUnit == disclosure.MoneyUnit)
        {
            return text => text;
        }

        var toWan = form.MoneyUnit == "元";
        report(DiagnosticCodes.ImportEvaluationMoneyConverted, form.Funds!.Annual?.At ?? form.Funds.At,
            $"自评表的金额单位是{form.MoneyUnit}，公开文档用{disclosure.MoneyUnit}：年初预算数、全年预算数、全年执行数按{disclosure.MoneyUnit}换算后写入（{Describe(form.Funds, t => Convert(t, toWan))}）");
        return text => Convert(text, toWan);
    }

    private static string Describe(FundsDraft funds, Func<string, string> convert) =>
        string.Join("，", new[] { funds.Initial, funds.Annual, funds.Spent }.OfType<FormCell>().Select(c => $"{c.Text} → {convert(c.Text)}"));

    /// <summary>A decimal string shifted by four places, exactly: 95000.00 元 → 9.50 万元, 12345 元 → 1.2345 万元, 9.5 万元 → 95000 元.</summary>
    internal static string Convert(string text, bool toWan)
    {
        if (FormBuilder.Number(text) is not { } value || text.Trim().EndsWith('分'))
        {
            return text;
        }

        var places = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var result = toWan ? value / 10000m : value * 10000m;
        var scale = toWan ? places + 4 : Math.Max(0, places - 4);
        var written = result.ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        while (written.Contains('.', StringComparison.Ordinal) && written.EndsWith('0') && written.Length - written.IndexOf('.', StringComparison.Ordinal) - 1 > Math.Max(2, places))
        {
            written = written[..^1]; // 9.500000 → 9.50: zeros the shift added, never a digit the form wrote
        }

        return written;
    }

    /// <summary>The project key as a file name: characters no file system allows become _.</summary>
    private static string FileName(string key) =>
        new([.. key.Select(c => char.IsControl(c) || "/\\:*?\"<>|".Contains(c, StringComparison.Ordinal) ? '_' : c)]);
}
