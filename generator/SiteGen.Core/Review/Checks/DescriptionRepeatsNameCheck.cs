using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Review.Checks;

/// <summary>SG8006: a 绩效指标描述 that says nothing the name does not (equal to it, or a part of it).</summary>
internal sealed class DescriptionRepeatsNameCheck : IReviewCheck
{
    public ContentField Switch => ContentFormat.Review.DescriptionRepeatsName;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var i = row.Indicator;
            var (name, description) = (ReviewText.Bare(i.Name), ReviewText.Bare(i.Description));
            if (description.Length > 0 && name.Contains(description, StringComparison.Ordinal))
            {
                sink.Indicator(DiagnosticCodes.ReviewDescriptionRepeatsName, row, i.At.Description,
                    $"指标 “{i.Name}” 的描述 “{i.Description!.Trim()}” {(name == description ? "与名称相同" : "只是名称的一部分")}：描述应说明指标的含义、口径或计算方法");
            }
        }
    }
}
