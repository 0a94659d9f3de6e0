using SiteGen.Model.Targets;

namespace SiteGen.Model.Evaluation;

/// <summary>Why an indicator could not be scored by rule, for the diagnostic.</summary>
public enum ScoringProblem
{
    None,

    /// <summary>The actual is not a number in a unit that converts to the target's.</summary>
    NotComparable,

    /// <summary>A qualitative target without the evaluator's grade.</summary>
    MissingGrade,

    /// <summary>A target of zero missed: scored zero, and said so.</summary>
    ZeroTargetMissed,
}

/// <summary>An indicator's score by the rules, and whether it was met.</summary>
/// <param name="Met">Null when the rules cannot tell (not comparable, no grade).</param>
public sealed record IndicatorScore(decimal Score, bool? Met, ScoringProblem Problem);

/// <summary>
/// Scores one indicator against its target (DOMAIN.md, "The year's cycle"). Positive (≥ &gt; = or none): met → full
/// weight, else weight × actual / target. Reverse (≤ &lt;): met → full weight, else weight × target / actual.
/// A target of zero under = ≤ &lt; gives full weight only for an actual of zero. Qualitative targets score by the
/// evaluator's grade. Every score is rounded to two places and kept within 0…weight.
/// </summary>
public static class IndicatorScoring
{
    public static bool IsReverse(TargetValue target) => target.Operator is "≤" or "<";

    public static IndicatorScore Score(TargetValue target, string actualText, decimal weight, QualitativeGrade? grade)
    {
        if (target.Kind != TargetKind.Quantitative)
        {
            return grade is { } g
                ? new IndicatorScore(Scores.Round(QualitativeGrades.DefaultScore(g, weight)), g == QualitativeGrade.Achieved, ScoringProblem.None)
                : new IndicatorScore(0m, null, ScoringProblem.MissingGrade);
        }

        var actual = TargetValueParser.Parse(actualText);
        if (QuantityComparison.Align(target, actual) is not var (t, a))
        {
            // A grade still scores a quantitative row whose actual is prose (e.g. 已完成): the evaluator judged it.
            return grade is { } g
                ? new IndicatorScore(Scores.Round(QualitativeGrades.DefaultScore(g, weight)), g == QualitativeGrade.Achieved, ScoringProblem.None)
                : new IndicatorScore(0m, null, ScoringProblem.NotComparable);
        }

        return Quantitative(target.Operator, t, a, weight);
    }

    /// <summary>The quantitative rules on numbers already on one scale.</summary>
    public static IndicatorScore Quantitative(string? op, decimal target, decimal actual, decimal weight)
    {
        if (target == 0m && op is null or "=" or "≤" or "<")
        {
            return actual == 0m
                ? new IndicatorScore(weight, true, ScoringProblem.None)
                : new IndicatorScore(0m, false, ScoringProblem.ZeroTargetMissed);
        }

        var reverse = op is "≤" or "<";
        var met = op switch
        {
            "≤" => actual <= target,
            "<" => actual < target,
            ">" => actual > target,
            _ => actual >= target,
        };
        if (met)
        {
            return new IndicatorScore(weight, true, ScoringProblem.None);
        }

        decimal raw;
        if (reverse)
        {
            raw = actual <= 0m ? weight : weight * target / actual;
        }
        else
        {
            raw = target <= 0m ? 0m : weight * actual / target;
        }

        return new IndicatorScore(Scores.Round(Scores.Clamp(raw, weight)), false, ScoringProblem.None);
    }
}
