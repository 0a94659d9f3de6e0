using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Feeds;
using SiteGen.Rendering.Search;

namespace SiteGen.Pipeline;

/// <summary>
/// Which files of the site an edit of some disclosures changes, settings and templates being the same. A disclosure
/// is changed when its object is not in both sites: a disclosure cache (<see cref="MemoryDisclosureCache"/>) gives
/// back the same object for files that did not change, so the comparison is by reference. (A cache on disk, which
/// gives back a copy, would compare disclosures by the key it stores them under instead.)
/// </summary>
public static class AffectedFiles
{
    public const string SearchPage = "search/index.html";

    public static IReadOnlySet<string> Of(Site before, Site after)
    {
        var old = before.Disclosures.ToHashSet(ReferenceEqualityComparer.Instance);
        var now = after.Disclosures.ToHashSet(ReferenceEqualityComparer.Instance);
        var changed = before.Disclosures.Where(d => !now.Contains(d)).Concat(after.Disclosures.Where(d => !old.Contains(d))).ToList();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            return paths;
        }

        // Listings of the whole site: home (years and departments), search (years), its index, the feed and sitemap.
        paths.UnionWith([SiteUrls.Home, SearchPage, .. SearchFiles.Paths(after), AtomFeed.Path, SitemapFile.Path, Rendering.Review.ReviewHtml.SitePath]); // the review report, when published, reviews every disclosure

        // Year pages link to every other year, so a year that comes or goes changes all of them.
        var yearsBefore = before.Disclosures.Select(d => d.Year).ToHashSet();
        var yearsAfter = after.Disclosures.Select(d => d.Year).ToHashSet();
        var years = yearsBefore.SetEquals(yearsAfter) ? changed.Select(d => d.Year).ToHashSet() : yearsAfter;
        foreach (var year in years)
        {
            paths.UnionWith([SiteUrls.Year(year), DataUrls.YearProjectsCsv(year), DataUrls.YearIndicatorsCsv(year)]);
        }

        foreach (var d in changed)
        {
            paths.UnionWith([SiteUrls.Disclosure(d), SiteUrls.SelfEvaluation(d), DataUrls.DisclosureJson(d), DataUrls.DisclosureIndicatorsCsv(d)]);
        }

        // "Other years" links: a disclosure page lists its department's years and, per project code, where else
        // the code appears (with the department's name and the project's anchor). Its 与上年相比 block and its data.json's
        // previous_year compare it with the same department and the same codes the year before: the same disclosures.
        var departments = changed.Select(d => d.Department.Code).ToHashSet(StringComparer.Ordinal);
        var projects = changed.SelectMany(d => d.Projects.Select(p => p.Code)).ToHashSet(StringComparer.Ordinal);
        foreach (var d in after.Disclosures.Where(d => departments.Contains(d.Department.Code) || d.Projects.Any(p => projects.Contains(p.Code))))
        {
            paths.UnionWith([SiteUrls.Disclosure(d), DataUrls.DisclosureJson(d)]);
        }

        return paths;
    }
}
