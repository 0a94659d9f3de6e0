using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Review.Checks;

/// <summary>SG8010: 较好, 明显, 有所提高… where the name asks for a number (a rate, a count, an amount): nothing can be measured.</summary>
internal sealed partial class VagueTargetCheck : IReviewCheck
{
    private const string Source = "财预〔2021〕101号：绩效指标应细化、量化，可衡量";

    public ContentField Switch => ContentFormat.Review.VagueTarget;

    [GeneratedRegex("较好|较高|明显|有所提高|有所提升|有所改善|有所增加|逐步|进一步|显著|大幅|稳步")]
    private static partial Regex Vague();

    [GeneratedRegex(@"[0-9０-９]")]
    private static partial Regex Digit();

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var (name, text) = (row.Indicator.Name, row.Indicator.Target.Text);
            if (UnitNames.AsksForNumber(name) && !Digit().IsMatch(text) && Vague().Match(text) is { Success: true } m)
            {
                sink.Indicator(DiagnosticCodes.ReviewVagueTarget, row, row.Indicator.At.Target,
                    $"指标 “{name}” 要求数值，指标值 “{text.Trim()}” {(m.Value == text.Trim() ? "" : $"中的 “{m.Value}” ")}是无法衡量的说法：请写成数值，如 ≥95%", Source);
            }
        }
    }
}
