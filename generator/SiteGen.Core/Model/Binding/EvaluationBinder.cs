using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Evaluation;

namespace SiteGen.Model.Binding;

/// <summary>Binds an evaluation/*.yml file; matching it to the published targets is <see cref="Rules.EvaluationRules"/>'s.</summary>
internal static class EvaluationBinder
{
    private static readonly EvaluationFormat F = ContentFormat.Evaluation;

    public static ProjectEvaluation? Bind(YamlNode? root, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(root, F, diagnostics) is not { } map)
        {
            return null;
        }

        var projectNode = map.Required(F.Project);
        var code = Scalars.Text(projectNode, F.Project.Title, diagnostics);
        var funds = MapReader.Open(map.Required(F.Funds), ContentFormat.EvaluationFunds, diagnostics);
        var fundsF = ContentFormat.EvaluationFunds;
        var initial = funds?.OptionalAmount(fundsF.InitialBudget);
        var annual = funds?.RequiredAmount(fundsF.AnnualBudget);
        var spent = funds?.RequiredAmount(fundsF.Spent);
        var budgetScore = funds?.OptionalAmount(fundsF.Score);
        funds?.Finish();
        var rows = map.List(F.Indicators).Select(row => Indicator(row, diagnostics)).ToList();
        var conclusion = map.OptionalProse(F.Conclusion);
        map.Finish();

        if (code is null || annual is null || spent is null || rows.Contains(null))
        {
            return null;
        }

        return new ProjectEvaluation(code, initial, annual, spent, budgetScore, [.. rows.OfType<EvaluatedIndicator>()], conclusion, map.Location, projectNode!.Location);
    }

    private static EvaluatedIndicator? Indicator(YamlNode row, DiagnosticBag diagnostics)
    {
        var f = ContentFormat.EvaluatedIndicator;
        if (MapReader.Open(row, f, diagnostics) is not { } map)
        {
            return null;
        }

        var key = map.RequiredText(f.Indicator);
        var target = map.OptionalText(f.Target);
        var actual = map.RequiredText(f.Actual);
        var weight = map.OptionalAmount(f.Weight);
        var score = map.OptionalAmount(f.Score);
        var gradeNode = map.Optional(f.Grade);
        var gradeText = Scalars.Text(gradeNode, f.Grade.Title, diagnostics);
        var grade = QualitativeGrades.Parse(gradeText);
        if (gradeText is not null && grade is null)
        {
            diagnostics.Report(DiagnosticCodes.NotAllowedValue, gradeNode!.Location,
                $"{f.Grade.Title} “{gradeText}” 不是评价档次：可选 {string.Join("、", EvaluatedIndicatorFormat.Grades)}");
        }

        var deviation = map.OptionalProse(f.Deviation);
        var scoreOverride = Override(map.Optional(f.Override), diagnostics);
        var adjustment = Adjustment(map.Optional(f.Adjustment), diagnostics);
        map.Finish();

        if (key is null || actual is null || (gradeText is not null && grade is null))
        {
            return null;
        }

        return new EvaluatedIndicator(key, target, actual, weight, score, grade, deviation, scoreOverride, adjustment, map.Location);
    }

    private static ScoreOverride? Override(YamlNode? node, DiagnosticBag diagnostics)
    {
        var f = ContentFormat.ScoreOverride;
        if (MapReader.Open(node, f, diagnostics) is not { } map)
        {
            return null;
        }

        var score = map.RequiredAmount(f.Score);
        var reason = map.RequiredText(f.Reason);
        map.Finish();
        return score is null || reason is null ? null : new ScoreOverride(score, reason);
    }

    private static TargetAdjustment? Adjustment(YamlNode? node, DiagnosticBag diagnostics)
    {
        var f = ContentFormat.TargetAdjustment;
        if (MapReader.Open(node, f, diagnostics) is not { } map)
        {
            return null;
        }

        var target = map.RequiredText(f.Target);
        var reason = map.RequiredText(f.Reason);
        map.Finish();
        return target is null || reason is null ? null : new TargetAdjustment(target, reason, map.Location);
    }
}
