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
        new(SitemapFile.Path, () => SitemapFile.For(site.Settings, pages, PublishedDates(site)).Content),
        new(RobotsFile.Path, () => RobotsFile.For(site.Settings).Content),
    ];

    /// <summary>Each disclosure page's 发布日期, for the sitemap's lastmod (never the build clock).</summary>
    private static Dictionary<string, string> PublishedDates(Site site) =>
        site.Disclosures
            .Where(d => d.Info?.PublishedOn is not null)
            .ToDictionary(d => SiteUrls.Disclosure(d), d => d.Info!.PublishedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
