using SiteGen.Model;

namespace SiteGen.Rendering.Feeds;

/// <summary>The files for feed readers and search engines: feed.xml, sitemap.xml and robots.txt.</summary>
public static class FeedFiles
{
    /// <param name="pages">Every HTML page of the site, as planned by <see cref="SiteMap.Plan"/>.</param>
    public static IReadOnlyList<OutputFile> For(Site site, IReadOnlyList<PagePlan> pages) =>
    [
        AtomFeed.For(site, pages),
        SitemapFile.For(site.Settings, pages),
        RobotsFile.For(site.Settings),
    ];
}
