using System.Globalization;
using SiteGen.Model;
using SiteGen.Model.Evaluation;

namespace SiteGen.Rendering.Data;

/// <summary>The year's projects CSV: one row per budget project of every disclosure of the year.</summary>
public static class ProjectTable
{
    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("年度", CsvType.Integer, "预算年度"),
        new("部门编码", CsvType.Text, "公开部门的编码"),
        new("部门名称", CsvType.Text, "公开部门的全称"),
        new("项目编码", CsvType.Text, "预算项目编码"),
        new("项目名称", CsvType.Text, "预算项目名称"),
        new("金额单位", CsvType.Text, "本部门金额的单位：万元 或 元（各部门可能不同，相加前请换算）"),
        new("预算数", CsvType.Decimal, "预算数，按原文照录（10.00 仍为 10.00）"),
        new("财政资金", CsvType.Decimal, "其中：财政资金；原表为空时为空"),
        new("其他资金", CsvType.Decimal, "其他资金；原表为空时为空（按 0 计）"),
        new("指标数", CsvType.Integer, "该项目的指标行数（含长期绩效指标），即 indicators.csv 中该项目的行数"),
        new("链接", CsvType.Text, "该项目在网站上的完整网址"),
        // 绩效自评 (appended, so every earlier column keeps its place): empty for a project without evaluation.
        new("全年预算数", CsvType.Decimal, "绩效自评的全年预算数（金额单位同上）；没有自评时为空"),
        new("全年执行数", CsvType.Decimal, "绩效自评的全年执行数；没有自评时为空"),
        new("执行率", CsvType.Decimal, "执行率（%），全年执行数 / 全年预算数，两位小数；没有自评或全年预算数为 0 时为空"),
        new("预算执行得分", CsvType.Decimal, "预算执行得分（满分 10）；没有自评时为空"),
        new("总分", CsvType.Decimal, "自评总分（满分 100）；没有自评时为空"),
        new("评价等级", CsvType.Text, "优、良、中、差；没有自评时为空"),
    ];

    public static IEnumerable<IReadOnlyList<string?>> Rows(Disclosure d, string baseUrl) =>
        d.Projects.Select(p => Row(d, p, baseUrl, d.EvaluatedProjects.FirstOrDefault(e => ReferenceEquals(e.Project, p))));

    private static IReadOnlyList<string?> Row(Disclosure d, Project p, string baseUrl, ProjectScore? e) =>
        [
            d.Year.ToString(CultureInfo.InvariantCulture),
            d.Department.Code,
            d.Department.Name,
            p.WrittenCode,
            p.Name,
            d.MoneyUnit,
            p.Budget.Total.Text,
            p.Budget.Fiscal?.Text,
            p.Budget.Other?.Text,
            (p.Indicators.Count + p.Details.LongTermIndicators.Count).ToString(CultureInfo.InvariantCulture),
            baseUrl + DataUrls.Project(d, p),
            e?.Evaluation.AnnualBudget.Text,
            e?.Evaluation.Spent.Text,
            e?.ExecutionRate is { } rate ? IndicatorTable.Score(rate) : null,
            e is null ? null : IndicatorTable.Score(e.BudgetScore),
            e is null ? null : IndicatorTable.Score(e.Total),
            e?.Grade,
        ];
}
