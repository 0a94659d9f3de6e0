using System.ComponentModel;
using System.Globalization;
using SiteGen.Model.Evaluation;

namespace SiteGen.Rendering.Data.Records;

/// <summary>
/// 部门整体自评 in data.json (present only when the department has published one: other disclosures write exactly the
/// data they wrote before). Weights and scores are the form's own, as decimal strings.
/// </summary>
internal sealed record DepartmentEvaluationRecord
{
    [Description("自评指标行，按原表顺序")]
    public required IReadOnlyList<DepartmentEvaluatedIndicatorRecord> Indicators { get; init; }

    [DecimalText]
    [Description("发布的总分：原表写明的总分，未写时为各项得分之和")]
    public required string TotalScore { get; init; }

    [DecimalText]
    [Description("各项得分之和，两位小数（可与 total_score 对照）")]
    public required string ComputedTotalScore { get; init; }

    [Description("评价等级：优（90 分及以上）、良（80–90）、中（60–80）、差（60 以下）")]
    public required string Grade { get; init; }

    [Description("自评结论（Markdown）")]
    public required string? Conclusion { get; init; }

    public static DepartmentEvaluationRecord From(DepartmentEvaluation e) => new()
    {
        Indicators = [.. e.Indicators.Select(DepartmentEvaluatedIndicatorRecord.From)],
        TotalScore = e.TotalText,
        ComputedTotalScore = e.ComputedTotal.ToString("0.00", CultureInfo.InvariantCulture),
        Grade = e.Grade,
        Conclusion = e.Conclusion?.Markdown,
    };
}

/// <summary>One row of the 部门整体自评表, every value as the form wrote it.</summary>
internal sealed record DepartmentEvaluatedIndicatorRecord
{
    [Description("一级指标；原表未写时为 null")]
    public required string? Level1 { get; init; }

    [Description("二级指标；原表未写时为 null")]
    public required string? Level2 { get; init; }

    [Description("三级指标")]
    public required string Name { get; init; }

    [Description("年初指标值（原文）")]
    public required string Initial { get; init; }

    [Description("调整指标值（原文）；未调整时为 null")]
    public required string? Adjusted { get; init; }

    [Description("全年完成值（原文）")]
    public required string Actual { get; init; }

    [DecimalText]
    [Description("指标权重")]
    public required string Weight { get; init; }

    [DecimalText]
    [Description("得分")]
    public required string Score { get; init; }

    [Description("是否核心指标；原表未标时为 null")]
    public required bool? Core { get; init; }

    public static DepartmentEvaluatedIndicatorRecord From(DepartmentEvaluatedIndicator i) => new()
    {
        Level1 = i.Level1,
        Level2 = i.Level2,
        Name = i.Name,
        Initial = i.Initial,
        Adjusted = i.Adjusted,
        Actual = i.Actual,
        Weight = i.Weight.Text,
        Score = i.Score.Text,
        Core = i.Core,
    };
}
