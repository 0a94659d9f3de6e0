using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model.Evaluation;
using SiteGen.Model.Targets;

namespace SiteGen.Model.Rules;

/// <summary>
/// Matches each self-evaluation to the project and indicators it scores, scores it by the rules of
/// <see cref="IndicatorScoring"/>, and reports every way it departs from the published targets (DOMAIN.md, "The
/// year's cycle"). A changed target or a missing indicator is a warning, never an error: publishing it is the point.
/// </summary>
internal static class EvaluationRules
{
    public static IReadOnlyList<ProjectScore> Score(IReadOnlyList<Project> projects, IReadOnlyList<ProjectEvaluation> evaluations, DiagnosticBag diagnostics)
    {
        var scored = new List<ProjectScore>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evaluation in evaluations)
        {
            var project = projects.FirstOrDefault(p => p.Code == evaluation.ProjectCode);
            if (project is null)
            {
                diagnostics.Report(DiagnosticCodes.UnknownEvaluatedProject, evaluation.ProjectLocation,
                    $"项目编码 “{evaluation.ProjectCode}” 不在本公开文档中：可选 {string.Join("、", projects.Select(p => p.Code))}");
            }
            else if (!seen.Add(project.Code))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateEvaluation, evaluation.ProjectLocation, $"项目 “{project.Code}” 已有一份绩效自评");
            }
            else if (Score(project, evaluation, diagnostics) is { } score)
            {
                scored.Add(score);
            }
        }

        // In the order the projects are published, whatever the evaluation files are called.
        return [.. scored.OrderBy(s => IndexOf(projects, s.Project))];
    }

    private static int IndexOf(IReadOnlyList<Project> projects, Project project) =>
        projects.Select((p, i) => (p, i)).First(x => ReferenceEquals(x.p, project)).i;

    private static ProjectScore? Score(Project project, ProjectEvaluation evaluation, DiagnosticBag diagnostics)
    {
        var matched = Match(project, evaluation, diagnostics);
        if (matched is null)
        {
            return null;
        }

        var weights = Weights(project, matched, evaluation, diagnostics);
        var rows = new List<ScoredIndicator>();
        for (var i = 0; i < project.Indicators.Count; i++)
        {
            if (matched[i] is { } row)
            {
                rows.Add(ScoreRow(project.Indicators[i], row, weights[i], diagnostics));
            }
        }

        var annual = evaluation.AnnualBudget;
        if (evaluation.Spent.Value > annual.Value)
        {
            diagnostics.Report(DiagnosticCodes.SpentAboveBudget, evaluation.Spent.Location,
                $"全年执行数 {evaluation.Spent.Text} 超过全年预算数 {annual.Text}");
        }

        var computedBudget = BudgetExecution.Score(annual.Value, evaluation.Spent.Value);
        var budgetScore = Published(computedBudget, BudgetExecution.Weight, evaluation.StatedBudgetScore, null, "预算执行", diagnostics);
        var total = Scores.Round(budgetScore + rows.Sum(r => r.Score));
        return new ProjectScore(project, evaluation, BudgetExecution.RatePercent(annual.Value, evaluation.Spent.Value),
            computedBudget, budgetScore, rows, total, PerformanceGrade.Of(total));
    }

    private static readonly IndicatorMatcher Matcher = new(
        DiagnosticCodes.UnknownEvaluatedIndicator,
        DiagnosticCodes.AmbiguousIndicatorName,
        DiagnosticCodes.DuplicateEvaluation,
        DiagnosticCodes.IndicatorNotEvaluated,
        "自评",
        "不计分");

    /// <summary>The evaluation row of each published indicator, by position (null where none), or null on a broken match.</summary>
    private static EvaluatedIndicator?[]? Match(Project project, ProjectEvaluation evaluation, DiagnosticBag diagnostics) =>
        Matcher.Match(project, evaluation.Indicators, row => row.Key, row => row.Location, evaluation.Location, diagnostics);

    /// <summary>The form's weights when it gives any (they must total 90, with 预算执行's 10 making 100), else the defaults.</summary>
    private static IReadOnlyList<decimal> Weights(Project project, EvaluatedIndicator?[] matched, ProjectEvaluation evaluation, DiagnosticBag diagnostics)
    {
        var given = project.Indicators.Select((ind, i) => matched[i]?.Weight ?? ind.Weight).ToList();
        var defaults = DefaultWeights.For([.. project.Indicators.Select(i => i.Level1)]);
        if (given.All(w => w is null))
        {
            return defaults;
        }

        var sum = given.Sum(w => w?.Value ?? 0m);
        if (given.Any(w => w is null) || sum != DefaultWeights.IndicatorsTotal)
        {
            var missing = given.Count(w => w is null);
            diagnostics.Report(DiagnosticCodes.WeightsDoNotSum, evaluation.Location,
                $"分值之和为 {sum.ToString(CultureInfo.InvariantCulture)}{(missing > 0 ? $"（{missing} 个指标没有分值）" : "")}，加预算执行 10 分应为 100：各指标分值之和应为 90，或全部不写而用默认权重");
            return defaults;
        }

        return [.. given.Select(w => w!.Value)];
    }

    private static ScoredIndicator ScoreRow(Indicator published, EvaluatedIndicator row, decimal weight, DiagnosticBag diagnostics)
    {
        var publishedText = published.Target.Text.Trim();
        var targetText = row.Adjustment?.Target ?? publishedText;
        string? evaluatedTarget = null;
        if (row.Adjustment is not null)
        {
            evaluatedTarget = row.Adjustment.Target;
        }
        else if (row.Target is { } shown && shown != publishedText)
        {
            evaluatedTarget = shown;
            diagnostics.Report(DiagnosticCodes.TargetDiffersFromPublished, row.Location,
                $"指标 “{published.Name}” 的年度指标值 “{shown}” 与年初公开的 “{publishedText}” 不一致：按公开的指标值计分；若经批准调整，请写 adjustment（调整后指标值及理由）");
        }

        var target = TargetValueParser.Parse(targetText);
        var result = IndicatorScoring.Score(target, row.Actual, weight, row.Grade);
        ReportProblem(published, row, target, result.Problem, diagnostics);
        var computed = result.Score;
        if (row.Grade is { } grade && row.StatedScore is { } stated && row.Override is null)
        {
            if (QualitativeGrades.InBand(grade, stated.Value, weight))
            {
                computed = stated.Value; // the evaluator places the score within the band the grade gives
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.ScoreOutsideBand, stated.Location,
                    $"指标 “{published.Name}” 评为 “{QualitativeGrades.Name(grade)}”，得分 {stated.Text} 不在该档分数段内（分值 {Text(weight)}）");
            }
        }

        var score = Published(computed, weight, row.StatedScore, row.Override, $"指标 “{published.Name}”", diagnostics);
        if (result.Met == false && row.Deviation is null)
        {
            diagnostics.Report(DiagnosticCodes.MissingDeviationReason, row.Location,
                $"指标 “{published.Name}” 未完成（指标值 {targetText}，实际完成值 {row.Actual}）：请写 deviation（偏差原因分析及改进措施）");
        }

        return new ScoredIndicator(published, row, targetText, evaluatedTarget, weight, computed, score, result.Met);
    }

    private static void ReportProblem(Indicator published, EvaluatedIndicator row, TargetValue target, ScoringProblem problem, DiagnosticBag diagnostics)
    {
        switch (problem)
        {
            case ScoringProblem.NotComparable:
                diagnostics.Report(DiagnosticCodes.ActualNotComparable, row.Location,
                    $"指标 “{published.Name}” 的实际完成值 “{row.Actual}” 无法与指标值 “{target.Text.Trim()}” 比较（单位或写法不同）：按 0 分计；请按指标值的单位填写，或写 grade（定性评价）");
                break;
            case ScoringProblem.MissingGrade:
                diagnostics.Report(DiagnosticCodes.ActualNotComparable, row.Location,
                    $"指标 “{published.Name}” 的指标值 “{target.Text.Trim()}” 是定性的：请写 grade（{string.Join(" / ", Format.EvaluatedIndicatorFormat.Grades)}），否则按 0 分计");
                break;
            case ScoringProblem.ZeroTargetMissed:
                diagnostics.Report(DiagnosticCodes.ZeroTargetMissed, row.Location,
                    $"指标 “{published.Name}” 的指标值为 0（{target.Text.Trim()}），实际完成值 “{row.Actual}” 不为 0：按规则得 0 分；如需另行评分，请写 override 及理由");
                break;
        }
    }

    /// <summary>The score to publish: an override, else the form's stated score, else the computed one; each difference warned.</summary>
    private static decimal Published(decimal computed, decimal weight, Amount? stated, ScoreOverride? manual, string what, DiagnosticBag diagnostics)
    {
        foreach (var given in new[] { stated, manual?.Score }.OfType<Amount>())
        {
            if (given.Value < 0m || given.Value > weight)
            {
                diagnostics.Report(DiagnosticCodes.ScoreOutsideWeight, given.Location, $"{what} 的得分 {given.Text} 应在 0 到分值 {Text(weight)} 之间");
            }
        }

        var chosen = manual?.Score ?? stated;
        if (chosen is null)
        {
            return computed;
        }

        if (chosen.Value != computed)
        {
            var source = manual is null ? "原表得分" : $"人工评分（理由：{manual.Reason}）";
            diagnostics.Report(DiagnosticCodes.StatedScoreDiffers, chosen.Location,
                $"{what} 按规则计算得 {Text(computed)} 分，{source}为 {chosen.Text} 分：发布 {chosen.Text} 分");
        }

        return chosen.Value;
    }

    private static string Text(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
