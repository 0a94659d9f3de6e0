namespace SiteGen.Model.Evaluation;

/// <summary>One published indicator beside its evaluation row, scored.</summary>
/// <param name="TargetUsed">The target scored against: the adjusted one when 调整 is recorded, else the published one.</param>
/// <param name="EvaluatedTarget">The 年度指标值 the evaluation shows, when it differs from the published target.</param>
/// <param name="Score">The published score: the override, else the form's stated score, else <paramref name="ComputedScore"/>.</param>
public sealed record ScoredIndicator(
    Indicator Published,
    EvaluatedIndicator Row,
    string TargetUsed,
    string? EvaluatedTarget,
    decimal Weight,
    decimal ComputedScore,
    decimal Score,
    bool? Met);

/// <summary>A project's self-evaluation, matched to its published targets and scored.</summary>
/// <param name="ExecutionRate">执行率 in percent (two places); null when the annual budget is zero.</param>
public sealed record ProjectScore(
    Project Project,
    ProjectEvaluation Evaluation,
    decimal? ExecutionRate,
    decimal ComputedBudgetScore,
    decimal BudgetScore,
    IReadOnlyList<ScoredIndicator> Indicators,
    decimal Total,
    string Grade);
