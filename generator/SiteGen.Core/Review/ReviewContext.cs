using SiteGen.Model;
using SiteGen.Model.History;

namespace SiteGen.Review;

/// <summary>What a check may look at besides the disclosure it reviews: the site's previous years.</summary>
public sealed class ReviewContext(Site site)
{
    public Site Site { get; } = site;

    public PreviousYears PreviousYears { get; } = PreviousYears.Of(site);

    /// <summary>Every indicator row of the disclosure: each project's target table, then its long-term table.</summary>
    public static IEnumerable<ReviewRow> Rows(Disclosure d)
    {
        foreach (var p in d.Projects)
        {
            for (var i = 0; i < p.Indicators.Count; i++)
            {
                yield return new(p, p.Indicators[i], i, false);
            }

            for (var i = 0; i < p.Details.LongTermIndicators.Count; i++)
            {
                yield return new(p, p.Details.LongTermIndicators[i], i, true);
            }
        }
    }

    /// <summary>The same indicator (by 三级指标 name) in the same project the year before, with that project; null when there is none.</summary>
    public (Disclosure Disclosure, Project Project, Indicator Indicator)? PreviousOf(Disclosure d, ReviewRow row)
    {
        if (row.LongTerm || PreviousYears.ProjectBefore(d, row.Project) is not { } before)
        {
            return null;
        }

        var match = before.Project.Indicators.FirstOrDefault(i => i.Name == row.Indicator.Name);
        return match is null ? null : (before.Disclosure, before.Project, match);
    }
}
