using SiteGen.Model;

namespace SiteGen.Rendering.Feeds;

/// <summary>sitemap.xml (sitemaps.org 0.9): every HTML page's absolute address, without dates the content does not have.</summary>
public static class SitemapFile
{
    public const string Path = "sitemap.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="lastModified">A page's lastmod (YYYY-MM-DD) by its path: a disclosure's 发布日期 when stated; other pages have none.</param>
    public static OutputFile For(SiteSettings settings, IReadOnlyList<PagePlan> pages, IReadOnlyDictionary<string, string>? lastModified = null) =>
        XmlFile.Write(Path, xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, SiteUrls.Absolute(settings, page.Path));
                if (lastModified is not null && lastModified.TryGetValue(page.Path, out var date))
                {
                    xml.WriteElementString("lastmod", Namespace, date);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
}
