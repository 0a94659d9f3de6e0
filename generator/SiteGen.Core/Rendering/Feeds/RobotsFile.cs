using System.Text;
using SiteGen.Model;

namespace SiteGen.Rendering.Feeds;

/// <summary>
/// robots.txt: everything may be crawled, and where the sitemap is. Crawlers read it only at the root of a
/// host, so a site published under a sub-path needs its Sitemap line copied into the host's own robots.txt.
/// </summary>
public static class RobotsFile
{
    public const string Path = "robots.txt";

    public static OutputFile For(SiteSettings settings) =>
        new(Path, Encoding.UTF8.GetBytes($"User-agent: *\nDisallow:\n\nSitemap: {SiteUrls.Absolute(settings, SitemapFile.Path)}\n"));
}
