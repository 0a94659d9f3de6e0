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
            [.. FeedFiles.Planned(site, pages), .. PublishedReview(site)]);
    }

    /// <summary>
    /// review/index.html, only when site.yml says <c>review: publish: true</c>: the review checks' findings (what check
    /// reports, SG3103 and the like, is printed by the build itself), linked to the pages beside it.
    /// </summary>
    private static IEnumerable<PlannedFile> PublishedReview(Site site) =>
        site.Settings.Review is { Publish: true }
            ? [new PlannedFile(Review.ReviewHtml.SitePath, () => Review.ReviewHtml.Write(SiteGen.Review.SiteReview.Run(site, []), site.Settings, Review.Stylesheet.Linked("../assets/site.css"), page => "../" + page))]
            : [];

    /// <summary>The footer's local images (logo, badge, favicon), copied from content/ as they are.</summary>
    private static IEnumerable<PlannedFile> FooterImages(Site site) =>
        site.Settings.Footer?.Images().Select(i => new PlannedFile(i.SitePath, () => File.ReadAllBytes(i.SourcePath))) ?? [];

    /// <summary>The files that are not pages, in stage order: assets, open data, the search index, feeds.</summary>
    public IEnumerable<PlannedFile> OtherFiles => Assets.Concat(OpenData).Concat(Search).Concat(Feeds);
}
