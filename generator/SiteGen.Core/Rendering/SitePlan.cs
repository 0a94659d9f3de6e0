using SiteGen.Model;
using SiteGen.Rendering.Data;
using SiteGen.Rendering.Feeds;
using SiteGen.Rendering.Search;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering;

/// <summary>
/// Every file of the site, known before any is made: the pages (each with its template and variables) and the other
/// files (each with its maker), grouped by the build stage that makes them. Planning is cheap; making is the work.
/// </summary>
public sealed record SitePlan(
    IReadOnlyList<PagePlan> Pages,
    IReadOnlyList<PlannedFile> Assets,
    IReadOnlyList<PlannedFile> OpenData,
    IReadOnlyList<PlannedFile> Search,
    IReadOnlyList<PlannedFile> Feeds)
{
    /// <param name="withPdfs">Whether disclosure pages link to their PDFs (<c>sitegen build --pdf</c>).</param>
    public static SitePlan For(Site site, TemplateSet templates, bool withPdfs)
    {
        var pages = PagePlanner.Plan(site, withPdfs);
        return new(
            pages,
            [.. templates.Assets.Select(a => new PlannedFile(a.Name, a.Read)), .. FooterImages(site)],
            OpenDataFiles.Planned(site),
            SearchFiles.Planned(site),
            FeedFiles.Planned(site, pages));
    }

    /// <summary>The footer's local images (logo, badge, favicon), copied from content/ as they are.</summary>
    private static IEnumerable<PlannedFile> FooterImages(Site site) =>
        site.Settings.Footer?.Images().Select(i => new PlannedFile(i.SitePath, () => File.ReadAllBytes(i.SourcePath))) ?? [];

    /// <summary>The files that are not pages, in stage order: assets, open data, the search index, feeds.</summary>
    public IEnumerable<PlannedFile> OtherFiles => Assets.Concat(OpenData).Concat(Search).Concat(Feeds);
}
