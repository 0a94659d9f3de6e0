using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Evaluation;
using SiteGen.Model.Targets;

namespace SiteGen.Review.Checks;

/// <summary>
/// SG8009: a target weaker than what the same indicator actually reached the year before, where last year's
/// self-evaluation (evaluation/*.yml) is published: a target set below what is already done asks nothing.
/// </summary>
internal sealed class BelowPreviousActualCheck : IReviewCheck
{
    private const string Source = "DOMAIN.md “The year's cycle”：目标定得过低时自评可酌减（人工评分）";

    public ContentField Switch => ContentFormat.Review.BelowPreviousActual;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            if (context.PreviousOf(sink.Disclosure, row) is not { } before)
            {
                continue;
            }

            var scored = before.Disclosure.EvaluatedProjects
                .FirstOrDefault(e => ReferenceEquals(e.Project, before.Project))?.Indicators
                .FirstOrDefault(s => ReferenceEquals(s.Published, before.Indicator));
            var target = row.Indicator.Target;
            if (scored is null || QuantityComparison.Align(target, TargetValueParser.Parse(scored.Row.Actual)) is not var (t, actual))
            {
                continue;
            }

            var weaker = target.Operator is "≤" or "<" ? t > actual : t < actual;
            if (weaker)
            {
                sink.Indicator(DiagnosticCodes.ReviewBelowPreviousActual, row, row.Indicator.At.Target,
                    $"指标 “{row.Indicator.Name}” 的指标值 “{target.Text.Trim()}” 比上年（{before.Disclosure.Year}年）实际完成的 “{scored.Row.Actual.Trim()}” 还低：目标是否定得过低？", Source);
            }
        }
    }
}
