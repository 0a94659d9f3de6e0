using System.Globalization;
using SiteGen.Model;
using SiteGen.Model.Evaluation;

namespace SiteGen.Rendering.Data;

/// <summary>The indicators CSV (per disclosure and per year): one row per indicator row of every project's tables.</summary>
public static class IndicatorTable
{
    public const string AnnualTable = "绩效指标";

    public const string LongTermTable = "长期绩效指标";

    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("年度", CsvType.Integer, "预算年度"),
        new("部门编码", CsvType.Text, "公开部门的编码"),
        new("部门名称", CsvType.Text, "公开部门的全称"),
        new("项目编码", CsvType.Text, "预算项目编码"),
        new("项目名称", CsvType.Text, "预算项目名称"),
        new("指标表", CsvType.Text, $"指标所在的表：“{AnnualTable}”（年度绩效指标）或“{LongTermTable}”"),
        new("一级指标", CsvType.Text, "一级指标，原文照录"),
        new("二级指标", CsvType.Text, "二级指标，原文照录"),
        new("三级指标", CsvType.Text, "三级指标（指标名称）"),
        new("绩效指标描述", CsvType.Text, "绩效指标描述；没有时为空"),
        new("指标值", CsvType.Text, "指标值，原文照录，例如 ≥230篇（更新新闻篇数）"),
        new("运算符", CsvType.Text, "从指标值解析出的运算符：大于等于、小于等于、大于、小于、等于；没有时为空"),
        new("数值", CsvType.Decimal, "从指标值解析出的数值，已按“万”“亿”换算（≥30万 → 300000）；定性指标为空"),
        new("单位", CsvType.Text, "从指标值解析出的计量单位，例如 篇、%、元/亩；没有时为空"),
        new("备注", CsvType.Text, "指标值末尾括号中的说明，例如 更新新闻篇数；没有时为空"),
        new("指标值确定依据", CsvType.Text, "指标值确定依据；没有时为空"),
        new("分值", CsvType.Decimal, "分值或权重；没有时为空"),
        new("是否核心指标", CsvType.Text, "是 或 否"),
        new("上年指标值", CsvType.Text, "上年指标值，原文照录；没有时为空"),
        new("链接", CsvType.Text, "该指标在网站上的完整网址"),
        // 绩效自评 (appended, so every earlier column keeps its place): empty for an indicator without evaluation.
        new("实际完成值", CsvType.Text, "绩效自评的实际完成值，原文照录；没有自评时为空"),
        new("自评分值", CsvType.Decimal, "自评评分所用的分值（原表分值或默认权重）；没有自评时为空"),
        new("得分", CsvType.Decimal, "发布的得分：人工评分，否则原表得分，否则按规则计算的得分；没有自评时为空"),
        new("计算得分", CsvType.Decimal, "按规则计算的得分；没有自评时为空"),
        new("是否完成", CsvType.Text, "是、否；无法判断或没有自评时为空"),
        new("定性评价", CsvType.Text, "定性指标的评价档次；没有时为空"),
        new("偏差原因分析及改进措施", CsvType.Text, "偏差原因分析及改进措施（Markdown 原文）；没有时为空"),
    ];

    public static IEnumerable<IReadOnlyList<string?>> Rows(Disclosure d, string baseUrl) =>
        d.Projects.SelectMany(p =>
            p.Indicators.Select((indicator, i) => Row(d, p, indicator, AnnualTable, baseUrl + DataUrls.Indicator(d, p, i, longTerm: false), Scored(d, p, indicator)))
            .Concat(p.Details.LongTermIndicators.Select((indicator, i) => Row(d, p, indicator, LongTermTable, baseUrl + DataUrls.Indicator(d, p, i, longTerm: true), null))));

    /// <summary>The indicator's self-evaluation row, when its project is evaluated (long-term indicators never are).</summary>
    private static ScoredIndicator? Scored(Disclosure d, Project p, Indicator x) =>
        d.EvaluatedProjects.FirstOrDefault(e => ReferenceEquals(e.Project, p))?.Indicators.FirstOrDefault(s => ReferenceEquals(s.Published, x));

    private static string?[] Row(Disclosure d, Project p, Indicator x, string table, string url, ScoredIndicator? e) =>
    [
        d.Year.ToString(CultureInfo.InvariantCulture),
        d.Department.Code,
        d.Department.Name,
        p.WrittenCode,
        p.Name,
        table,
        x.Level1,
        x.Level2,
        x.Name,
        x.Description,
        x.Target.Text,
        TargetData.OperatorWords(x.Target),
        TargetData.ScaledNumber(x.Target),
        x.Target.Unit,
        x.Target.Note,
        x.Basis,
        x.Weight?.Text,
        x.IsCore ? "是" : "否",
        x.PreviousTarget,
        url,
        e?.Row.Actual,
        e is null ? null : Score(e.Weight),
        e is null ? null : Score(e.Score),
        e is null ? null : Score(e.ComputedScore),
        e?.Met switch { true => "是", false => "否", null => null },
        e?.Row.Grade is { } g ? QualitativeGrades.Name(g) : null,
        e?.Row.Deviation?.Markdown,
    ];

    /// <summary>Two places, as data.json and the forms write scores.</summary>
    internal static string Score(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
