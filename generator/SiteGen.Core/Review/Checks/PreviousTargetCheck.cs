using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Review.Checks;

/// <summary>SG8012: a previous_target (上年指标值) written in this year's file that is not what was published the year before.</summary>
internal sealed class PreviousTargetCheck : IReviewCheck
{
    public ContentField Switch => ContentFormat.Review.PreviousTarget;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var written = row.Indicator.PreviousTarget;
            if (written is not null && context.PreviousOf(sink.Disclosure, row) is { } before
                && ReviewText.Bare(written) != ReviewText.Bare(before.Indicator.Target.Text))
            {
                sink.Indicator(DiagnosticCodes.ReviewPreviousTargetDiffers, row, row.Indicator.At.PreviousTarget,
                    $"指标 “{row.Indicator.Name}” 的上年指标值写的是 “{written.Trim()}”，{before.Disclosure.Year}年公开的是 “{before.Indicator.Target.Text.Trim()}”：页面照录所写，请核对");
            }
        }
    }
}
