using SiteGen.Model;

namespace SiteGen.Rendering.Feeds;

/// <summary>The files for feed readers and search engines: feed.xml, sitemap.xml and robots.txt.</summary>
public static class FeedFiles
{
    /// <param name="pages">Every HTML page of the site, as planned by <see cref="PagePlanner.Plan"/>.</param>
    public static IReadOnlyList<OutputFile> For(Site site, IReadOnlyList<PagePlan> pages) => [.. Planned(site, pages).Select(f => f.Make())];

    /// <summary>The same files, in the same order, each made only when asked for.</summary>
    public static IReadOnlyList<PlannedFile> Planned(Site site, IReadOnlyList<PagePlan> pages) =>
    [
        new(AtomFeed.Path, () => AtomFeed.For(site, pages).Content),
        new(SitemapFile.Path, () => SitemapFile.For(site.Settings, pages).Content),
        new(RobotsFile.Path, () => RobotsFile.For(site.Settings).Content),
    ];
}
