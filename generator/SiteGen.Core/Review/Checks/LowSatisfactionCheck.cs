using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Frameworks;
using SiteGen.Model.Targets;

namespace SiteGen.Review.Checks;

/// <summary>SG8004: a 满意度 target below 80%, the lower edge of 达成年度指标 in self-evaluation.</summary>
internal sealed class LowSatisfactionCheck : IReviewCheck
{
    public const decimal Threshold = 80m;

    private const string Source = "DOMAIN.md “The year's cycle”：自评中 达成年度指标 的下限为 80%（财预〔2020〕10号）";

    public ContentField Switch => ContentFormat.Review.LowSatisfaction;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var i = row.Indicator;
            var satisfaction = IndicatorNames.Normalise(i.Level1) == "满意度指标" || i.Name.Contains("满意度", StringComparison.Ordinal);
            if (satisfaction && i.Target is { Kind: TargetKind.Quantitative, IsPercent: true, Number: { } n } t && n < Threshold && t.Operator is not ("≤" or "<"))
            {
                sink.Indicator(DiagnosticCodes.ReviewLowSatisfaction, row, i.At.Target,
                    $"满意度指标 “{i.Name}” 的指标值 “{t.Text.Trim()}” 低于 80%：目标是否定得过低？", Source);
            }
        }
    }
}
