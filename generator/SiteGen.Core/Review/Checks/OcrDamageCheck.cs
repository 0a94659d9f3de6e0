using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Targets;

namespace SiteGen.Review.Checks;

/// <summary>
/// SG8011: what a scan's text recognition does to 指标值: ≥ read as 2 (292% where ≥92% was meant: a percentage above
/// 100 whose digits after a leading 2 make a percentage), and the letter O (or I, l) read for a digit (9O%).
/// </summary>
internal sealed partial class OcrDamageCheck : IReviewCheck
{
    public ContentField Switch => ContentFormat.Review.OcrDamage;

    [GeneratedRegex(@"(?<=[0-9０-９.])[OoIl]|[OoIl](?=[0-9０-９])")]
    private static partial Regex LetterForDigit();

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var t = row.Indicator.Target;
            var name = row.Indicator.Name;
            if (t is { Kind: TargetKind.Quantitative, Operator: null, IsPercent: true, Number: > 100m, NumberText: ['2', .. var rest] }
                && decimal.TryParse(rest, System.Globalization.CultureInfo.InvariantCulture, out var meant) && meant <= 100m)
            {
                sink.Indicator(DiagnosticCodes.ReviewLooksLikeOcrDamage, row, row.Indicator.At.Target,
                    $"指标 “{name}” 的指标值 “{t.Text.Trim()}” 像是 “≥{rest}{t.Unit}” 被识别错了（≥ 读成了 2）：请对照原件");
            }
            else if (LetterForDigit().Match(t.Text) is { Success: true } m)
            {
                sink.Indicator(DiagnosticCodes.ReviewLooksLikeOcrDamage, row, row.Indicator.At.Target,
                    $"指标 “{name}” 的指标值 “{t.Text.Trim()}” 中数字旁有字母 “{m.Value}”，像是数字 {(m.Value is "O" or "o" ? "0" : "1")} 被识别错了：请对照原件");
            }
        }
    }
}
