using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Targets;

namespace SiteGen.Review.Checks;

/// <summary>SG8002: a number with neither unit nor magnitude (≥95 — 95 what?). ≥30万（阅读量） has its magnitude and passes.</summary>
internal sealed class MissingUnitCheck : IReviewCheck
{
    private const string Source = "DOMAIN.md “How a target value is written”：quantitative := [operator] number [magnitude] [unit]";

    public ContentField Switch => ContentFormat.Review.MissingUnit;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var t = row.Indicator.Target;
            if (t is { Kind: TargetKind.Quantitative, Number: not null, Unit: null, Magnitude: null })
            {
                var hint = UnitNames.IsRate(row.Indicator.Name) ? $"，例如 {t.Text.Trim()}%" : "（个、次、天、%……）";
                sink.Indicator(DiagnosticCodes.ReviewMissingUnit, row, row.Indicator.At.Target, $"指标 “{row.Indicator.Name}” 的指标值 “{t.Text.Trim()}” 没有计量单位：请写明单位{hint}", Source);
            }
        }
    }
}
