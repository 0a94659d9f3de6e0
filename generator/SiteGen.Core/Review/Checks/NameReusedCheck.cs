using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Review.Checks;

/// <summary>SG8007: the same 三级指标 name twice in one table of a project: readers, and the self-evaluation, cannot tell them apart.</summary>
internal sealed class NameReusedCheck : IReviewCheck
{
    public ContentField Switch => ContentFormat.Review.NameReused;

    public void Check(ReviewContext context, ReviewSink sink)
    {
        var seen = new Dictionary<(string Project, bool LongTerm, string Name), ReviewRow>();
        foreach (var row in ReviewContext.Rows(sink.Disclosure))
        {
            var key = (row.Project.Code, row.LongTerm, ReviewText.Bare(row.Indicator.Name));
            if (seen.TryGetValue(key, out var first))
            {
                sink.Indicator(DiagnosticCodes.ReviewNameReused, row, row.Indicator.At.Name,
                    $"项目 “{row.Project.Name}” 中三级指标 “{row.Indicator.Name}” 重复（第一次在第 {first.Indicator.At.Row.Line} 行）：请合并，或改成能区分的名称");
            }
            else
            {
                seen[key] = row;
            }
        }
    }
}
