using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Review.Checks;

/// <summary>
/// SG8005: the same 指标值确定依据 under most indicators of a disclosure (at least <see cref="MinimumRows"/> rows and
/// <see cref="Share"/> of them): a basis that says how no value was set. Reported once, at the first such row.
/// </summary>
internal sealed class BoilerplateBasisCheck : IReviewCheck
{
    public const int MinimumRows = 5;
    public const decimal Share = 0.8m;

    private const string Source = "财预〔2021〕101号：指标值应有计划标准、行业标准、历史标准等设定依据";

    public ContentField Switch => ContentFormat.Review.BoilerplateBasis;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        var rows = ReviewContext.Rows(sink.Disclosure).ToList();
        var byBasis = new Dictionary<string, (int Count, ReviewRow First)>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.Indicator.Basis)))
        {
            var key = ReviewText.Bare(row.Indicator.Basis);
            byBasis[key] = byBasis.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.First) : (1, row);
        }

        if (byBasis.Count == 0)
        {
            return;
        }

        var (count, first) = byBasis.Values.MaxBy(v => v.Count);
        if (count >= MinimumRows && count >= rows.Count * Share)
        {
            sink.Indicator(DiagnosticCodes.ReviewBoilerplateBasis, first, first.Indicator.At.Basis,
                $"{rows.Count} 个指标中有 {count} 个的指标值确定依据都是 “{first.Indicator.Basis!.Trim()}”：请写明每个指标值是如何确定的", Source);
        }
    }
}
