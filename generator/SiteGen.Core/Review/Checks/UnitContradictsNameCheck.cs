using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Targets;

namespace SiteGen.Review.Checks;

/// <summary>SG8003: a rate measured in days (完成率 ≥300天), or a count in percent (次数 ≥90%).</summary>
internal sealed class UnitContradictsNameCheck : IReviewCheck
{
    public ContentField Switch => ContentFormat.Review.UnitContradictsName;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var (name, t) = (row.Indicator.Name, row.Indicator.Target);
            if (t.Kind != TargetKind.Quantitative || t.Unit is null)
            {
                continue;
            }

            // 分 is how many forms score a satisfaction survey (≥90分), and ‰ is a rate too.
            if (UnitNames.IsRate(name) && !t.IsPercent && t.Unit is not ("分" or "‰"))
            {
                sink.Indicator(DiagnosticCodes.ReviewUnitContradictsName, row, row.Indicator.At.Target,
                    $"指标 “{name}” 是比率，指标值 “{t.Text.Trim()}” 的单位却是 “{t.Unit}”：比率应以 % 计");
            }
            else if (UnitNames.IsCount(name) && t.IsPercent)
            {
                sink.Indicator(DiagnosticCodes.ReviewUnitContradictsName, row, row.Indicator.At.Target,
                    $"指标 “{name}” 是数量，指标值 “{t.Text.Trim()}” 的单位却是 “{t.Unit}”：数量应写个、次、天、人等单位");
            }
        }
    }
}
