using SiteGen.Model;

namespace SiteGen.Rendering.Feeds;

/// <summary>sitemap.xml (sitemaps.org 0.9): every HTML page's absolute address, without dates the content does not have.</summary>
public static class SitemapFile
{
    public const string Path = "sitemap.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile For(SiteSettings settings, IReadOnlyList<PagePlan> pages) =>
        XmlFile.Write(Path, xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, SiteUrls.Absolute(settings, page.Path));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
}
