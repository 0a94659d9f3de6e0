using System.Globalization;
using SiteGen.Model.Evaluation;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Rendering.Views;

/// <summary>A project's self-evaluation as the 项目支出绩效自评表 lays it out: funds, each indicator scored, total and grade.</summary>
public sealed record EvaluationView(
    string Id,
    string InitialBudget,
    string AnnualBudget,
    string Spent,
    string ExecutionRate,
    string BudgetScore,
    IReadOnlyList<EvaluatedRowView> Rows,
    string Total,
    string Grade,
    Html? Conclusion)
{
    /// <summary>The project's official 自评表 on the print-ready page, relative to the page that shows this view.</summary>
    public string FormUrl { get; init; } = "";

    public static EvaluationView From(ProjectScore s, string projectId) => new(
        projectId + "-evaluation",
        s.Evaluation.InitialBudget?.Text ?? "",
        s.Evaluation.AnnualBudget.Text,
        s.Evaluation.Spent.Text,
        s.ExecutionRate is { } rate ? Number(rate) + "%" : "—",
        Number(s.BudgetScore),
        [.. s.Indicators.Select(EvaluatedRowView.From)],
        Number(s.Total),
        s.Grade,
        s.Evaluation.Conclusion is { } c ? MarkdownRenderer.Render(c) : null);

    /// <summary>Two places, as the forms print scores (10.00).</summary>
    public static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>One indicator of a self-evaluation. <see cref="Met"/> is words (完成 / 未完成), never colour alone.</summary>
/// <param name="EvaluatedTarget">The target the evaluation shows when it is not the published one.</param>
/// <param name="Adjusted">The evaluation records an approved adjustment (调整) with its reason.</param>
public sealed record EvaluatedRowView(
    string Level1,
    string Name,
    string Target,
    string? EvaluatedTarget,
    bool Adjusted,
    string? AdjustmentReason,
    string Actual,
    string? Grade,
    string Weight,
    string Score,
    string ComputedScore,
    string? OverrideReason,
    string Met,
    bool IsMet,
    Html? Deviation,
    string Level2 = "")
{
    public static EvaluatedRowView From(ScoredIndicator r) => new(
        r.Published.Level1,
        r.Published.Name,
        r.Published.Target.Text.Trim(),
        r.EvaluatedTarget,
        r.Row.Adjustment is not null,
        r.Row.Adjustment?.Reason,
        r.Row.Actual,
        r.Row.Grade is { } g ? QualitativeGrades.Name(g) : null,
        EvaluationView.Number(r.Weight),
        EvaluationView.Number(r.Score),
        EvaluationView.Number(r.ComputedScore),
        r.Row.Override?.Reason,
        r.Met switch { true => "✓ 完成", false => "✗ 未完成", null => "— 无法判断" },
        r.Met == true,
        r.Row.Deviation is { } d ? MarkdownRenderer.Render(d) : null,
        r.Published.Level2);
}
