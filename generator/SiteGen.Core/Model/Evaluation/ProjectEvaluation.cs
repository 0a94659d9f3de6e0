using SiteGen.Diagnostics;

namespace SiteGen.Model.Evaluation;

/// <summary>One project's self-evaluation (evaluation/*.yml) as written, before it is matched to the targets.</summary>
/// <param name="ProjectCode">The project it evaluates, by code.</param>
/// <param name="StatedBudgetScore">The form's own 预算执行 score, when it gives one.</param>
public sealed record ProjectEvaluation(
    string ProjectCode,
    Amount? InitialBudget,
    Amount AnnualBudget,
    Amount Spent,
    Amount? StatedBudgetScore,
    IReadOnlyList<EvaluatedIndicator> Indicators,
    Prose? Conclusion,
    SourceLocation Location,
    SourceLocation ProjectLocation);

/// <summary>One row of a self-evaluation, as written.</summary>
/// <param name="Key">The published indicator it scores: its 三级指标 name or its id.</param>
/// <param name="Target">The 年度指标值 the form shows, when it shows one.</param>
public sealed record EvaluatedIndicator(
    string Key,
    string? Target,
    string Actual,
    Amount? Weight,
    Amount? StatedScore,
    QualitativeGrade? Grade,
    Prose? Deviation,
    ScoreOverride? Override,
    TargetAdjustment? Adjustment,
    SourceLocation Location);

/// <summary>A manual score with its reason (人工评分).</summary>
public sealed record ScoreOverride(Amount Score, string Reason);

/// <summary>An approved adjustment of the target (调整), which the indicator is then scored against.</summary>
public sealed record TargetAdjustment(string Target, string Reason, SourceLocation Location);
