using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.History;

namespace SiteGen.Review.Checks;

/// <summary>SG8008: a target that asks less than the same project's same indicator did the year before.</summary>
internal sealed class TargetLoweredCheck : IReviewCheck
{
    private const string Source = "DOMAIN.md “The year's cycle”：指标值的变化是审计关注的重点，应当说明";

    public ContentField Switch => ContentFormat.Review.TargetLowered;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            if (context.PreviousOf(sink.Disclosure, row) is { } before
                && TargetChange.Between(before.Indicator.Target, row.Indicator.Target) == TargetChangeKind.Lowered)
            {
                sink.Indicator(DiagnosticCodes.ReviewTargetLowered, row, row.Indicator.At.Target,
                    $"指标 “{row.Indicator.Name}” 的指标值 “{row.Indicator.Target.Text.Trim()}” 比上年（{before.Disclosure.Year}年）的 “{before.Indicator.Target.Text.Trim()}” 低：请在绩效目标中说明原因", Source);
            }
        }
    }
}
