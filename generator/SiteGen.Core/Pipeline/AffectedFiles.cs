using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Feeds;
using SiteGen.Rendering.Search;

namespace SiteGen.Pipeline;

/// <summary>
/// Which files of the site an edit of some disclosures changes, settings and templates being the same. A disclosure
/// is changed when its object is not in both sites: a disclosure cache (<see cref="MemoryDisclosureCache"/>) gives
/// back the same object for files that did not change, so the comparison is by reference. (A cache on disk, which
/// gives back a copy, compares disclosures by the key it stores them under instead: <see cref="DiskFileCache"/>.)
/// </summary>
public static class AffectedFiles
{
    public const string SearchPage = "search/index.html";

    public static IReadOnlySet<string> Of(Site before, Site after)
    {
        var old = before.Disclosures.ToHashSet(ReferenceEqualityComparer.Instance);
        var now = after.Disclosures.ToHashSet(ReferenceEqualityComparer.Instance);
        var changed = before.Disclosures.Where(d => !now.Contains(d)).Concat(after.Disclosures.Where(d => !old.Contains(d))).Select(Footprint.Of).ToList();
        return Of(changed, before.Disclosures.Select(d => d.Year).ToHashSet(), after);
    }

    /// <param name="changed">The disclosures that changed, came or went: each as it was before and as it is now.</param>
    /// <param name="yearsBefore">The years the site had before.</param>
    public static IReadOnlySet<string> Of(IReadOnlyList<Footprint> changed, IReadOnlySet<int> yearsBefore, Site after)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            return paths;
        }

        // Listings of the whole site: home (years and departments), search (years), its index, the feed and sitemap.
        paths.UnionWith([SiteUrls.Home, SearchPage, .. SearchFiles.Paths(after), AtomFeed.Path, SitemapFile.Path, Rendering.Review.ReviewHtml.SitePath]); // the review report, when published, reviews every disclosure

        // Year pages link to every other year, so a year that comes or goes changes all of them.
        var yearsAfter = after.Disclosures.Select(d => d.Year).ToHashSet();
        var years = yearsBefore.SetEquals(yearsAfter) ? changed.Select(d => d.Year).ToHashSet() : yearsAfter;
        foreach (var year in years)
        {
            paths.UnionWith([SiteUrls.Year(year), DataUrls.YearProjectsCsv(year), DataUrls.YearIndicatorsCsv(year)]);
        }

        foreach (var d in changed)
        {
            paths.UnionWith([
                SiteUrls.Disclosure(d.Year, d.DepartmentCode), SiteUrls.SelfEvaluation(d.Year, d.DepartmentCode), DataUrls.DisclosureJson(d.Year, d.DepartmentCode),
                DataUrls.DisclosureIndicatorsCsv(d.Year, d.DepartmentCode), DataUrls.DisclosurePackage(d.Year, d.DepartmentCode), // the package is titled with the department's name
            ]);
        }

        // "Other years" links: a disclosure page lists its department's years and, per project code, where else
        // the code appears (with the department's name and the project's anchor). Its 与上年相比 block and its data.json's
        // previous_year compare it with the same department and the same codes the year before: the same disclosures.
        var departments = changed.Select(d => d.DepartmentCode).ToHashSet(StringComparer.Ordinal);
        var projects = changed.SelectMany(d => d.ProjectCodes).ToHashSet(StringComparer.Ordinal);
        foreach (var d in after.Disclosures.Where(d => departments.Contains(d.Department.Code) || d.Projects.Any(p => projects.Contains(p.Code))))
        {
            paths.UnionWith([SiteUrls.Disclosure(d), DataUrls.DisclosureJson(d)]);
        }

        return paths;
    }
}
