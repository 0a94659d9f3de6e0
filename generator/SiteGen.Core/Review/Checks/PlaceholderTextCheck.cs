using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Review.Checks;

/// <summary>SG8001: a Word template's residue left in a project or indicator name or description (≥**个 in a target is SG3003, an error).</summary>
internal sealed partial class PlaceholderTextCheck : IReviewCheck
{
    private const string Source = "DOMAIN.md “How a target value is written”：模板占位符（如 ≥**个）是未填写的模板";

    public ContentField Switch => ContentFormat.Review.PlaceholderText;

    [GeneratedRegex(@"\*\*|[Xx×]{2,}|某某|○○|请填写|请输入|待填|此处填写|（填写|\(填写")]
    private static partial Regex Residue();

    public void Check(ReviewContext context, ReviewSink sink)
    {
        foreach (var p in sink.Disclosure.Projects)
        {
            if (Residue().Match(p.Name) is { Success: true } m)
            {
                sink.Project(DiagnosticCodes.ReviewPlaceholderText, p, p.Location, $"项目名称 “{p.Name}” 中有模板占位符 “{m.Value}”：请填写实际内容", Source);
            }
        }

        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var i = row.Indicator;
            if (Residue().Match(i.Name) is { Success: true } name)
            {
                sink.Indicator(DiagnosticCodes.ReviewPlaceholderText, row, i.At.Name, $"三级指标 “{i.Name}” 中有模板占位符 “{name.Value}”：请填写实际名称", Source);
            }

            if (i.Description is { } d && Residue().Match(d) is { Success: true } description)
            {
                sink.Indicator(DiagnosticCodes.ReviewPlaceholderText, row, i.At.Description, $"指标 “{i.Name}” 的描述 “{d}” 中有模板占位符 “{description.Value}”：请填写实际内容", Source);
            }
        }
    }
}
