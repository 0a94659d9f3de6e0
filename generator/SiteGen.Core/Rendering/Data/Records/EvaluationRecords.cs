using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Serialization;
using SiteGen.Model.Evaluation;

namespace SiteGen.Rendering.Data.Records;

/// <summary>
/// A project's self-evaluation in data.json (present only when the project has one: a disclosure without evaluations
/// writes exactly the data it wrote before). Amounts and scores are decimal strings, so anyone can recompute them.
/// </summary>
internal sealed record ProjectEvaluationRecord
{
    [DecimalText]
    [Description("年初预算数")]
    public required string? InitialBudget { get; init; }

    [DecimalText]
    [Description("全年预算数")]
    public required string AnnualBudget { get; init; }

    [DecimalText]
    [Description("全年执行数")]
    public required string Spent { get; init; }

    [DecimalText]
    [Description("执行率（%），全年执行数 / 全年预算数，两位小数；全年预算数为 0 时为 null")]
    public required string? ExecutionRate { get; init; }

    [DecimalText]
    [Description("预算执行得分（满分 10），发布的得分")]
    public required string BudgetScore { get; init; }

    [DecimalText]
    [Description("总分：预算执行得分加各指标发布的得分")]
    public required string TotalScore { get; init; }

    [Description("评价等级：优、良、中、差")]
    public required string Grade { get; init; }

    [Description("自评结论（Markdown）")]
    public required string? Conclusion { get; init; }

    [DecimalText]
    [Description("原表写的预算执行得分；未写时为 null（与按规则计算的不同时发布原表得分）")]
    public required string? StatedBudgetScore { get; init; }

    public static ProjectEvaluationRecord From(ProjectScore s) => new()
    {
        InitialBudget = s.Evaluation.InitialBudget?.Text,
        AnnualBudget = s.Evaluation.AnnualBudget.Text,
        Spent = s.Evaluation.Spent.Text,
        ExecutionRate = s.ExecutionRate is { } r ? Text(r) : null,
        BudgetScore = Text(s.BudgetScore),
        TotalScore = Text(s.Total),
        Grade = s.Grade,
        Conclusion = s.Evaluation.Conclusion?.Markdown,
        StatedBudgetScore = s.Evaluation.StatedBudgetScore?.Text,
    };

    public static string Text(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>One indicator's self-evaluation in data.json.</summary>
internal sealed record IndicatorEvaluationRecord
{
    [Description("实际完成值，原文照录")]
    public required string Actual { get; init; }

    [DecimalText]
    [Description("评分所用的分值（原表分值或默认权重）")]
    public required string Weight { get; init; }

    [DecimalText]
    [Description("发布的得分：人工评分，否则原表得分，否则按规则计算的得分")]
    public required string Score { get; init; }

    [DecimalText]
    [Description("按规则计算的得分")]
    public required string ComputedScore { get; init; }

    [Description("是否完成；无法判断时为 null")]
    public required bool? Met { get; init; }

    [Description("定性评价档次")]
    public required string? Grade { get; init; }

    [Description("人工评分及理由")]
    public required ScoreOverrideRecord? Override { get; init; }

    [Description("经批准调整的年度指标值及理由（调整）")]
    public required TargetAdjustmentRecord? AdjustedTarget { get; init; }

    [Description("自评表上与年初公开不一致的年度指标值（未记录调整）")]
    public required string? DifferingTarget { get; init; }

    [Description("偏差原因分析及改进措施（Markdown）")]
    public required string? Deviation { get; init; }

    [DecimalText]
    [Description("原表写的得分，原文照录；未写时为 null。score 与 computed_score 不同，而没有 override 时，发布的就是它")]
    public required string? StatedScore { get; init; }

    public static IndicatorEvaluationRecord From(ScoredIndicator r) => new()
    {
        Actual = r.Row.Actual,
        Weight = ProjectEvaluationRecord.Text(r.Weight),
        Score = ProjectEvaluationRecord.Text(r.Score),
        ComputedScore = ProjectEvaluationRecord.Text(r.ComputedScore),
        Met = r.Met,
        Grade = r.Row.Grade is { } g ? QualitativeGrades.Name(g) : null,
        Override = r.Row.Override is { } o ? new ScoreOverrideRecord { Score = o.Score.Text, Reason = o.Reason } : null,
        AdjustedTarget = r.Row.Adjustment is { } a ? new TargetAdjustmentRecord { Target = a.Target, Reason = a.Reason } : null,
        DifferingTarget = r.Row.Adjustment is null ? r.EvaluatedTarget : null,
        Deviation = r.Row.Deviation?.Markdown,
        StatedScore = r.Row.StatedScore?.Text,
    };
}

/// <summary>人工评分.</summary>
internal sealed record ScoreOverrideRecord
{
    [DecimalText]
    [Description("调整后得分")]
    public required string Score { get; init; }

    [Description("理由")]
    public required string Reason { get; init; }
}

/// <summary>调整.</summary>
internal sealed record TargetAdjustmentRecord
{
    [Description("调整后指标值，原文照录")]
    public required string Target { get; init; }

    [Description("调整理由")]
    public required string Reason { get; init; }
}
