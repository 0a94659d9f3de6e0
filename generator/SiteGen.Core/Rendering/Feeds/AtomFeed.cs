using System.Globalization;
using System.Xml;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Feeds;

/// <summary>feed.xml: an Atom 1.0 feed with one entry per disclosure, the newest budget year first.</summary>
public static class AtomFeed
{
    public const string Path = "feed.xml";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static OutputFile For(Site site, IReadOnlyList<PagePlan> pages)
    {
        var descriptions = pages.ToDictionary(p => p.Path, p => p.Page.Description, StringComparer.Ordinal);
        var entries = site.Disclosures
            .OrderByDescending(d => d.Year)
            .ThenBy(d => d.Department.Code, StringComparer.Ordinal)
            .ToList();
        var settings = site.Settings;

        return XmlFile.Write(Path, xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, XmlFile.Text(settings.Language));
            // The content carries no publication dates, and a build must not read the clock (same input, same
            // bytes), so each entry's "updated" is the first day of its budget year: the one date a disclosure
            // honestly implies. The feed's own "updated" is the latest of these.
            // A disclosure that states its 发布日期 (published_on) is dated by it instead.
            xml.WriteComment(entries.Any(e => e.Info?.PublishedOn is not null)
                ? " updated: 发布日期（published_on）；未写发布日期的为预算年度的1月1日 "
                : " updated: 预算年度的1月1日（内容中没有发布日期） ");
            xml.WriteElementString("title", Atom, XmlFile.Text(settings.Title));
            xml.WriteElementString("subtitle", Atom, XmlFile.Text($"{settings.Authority}发布的各部门预算绩效目标"));
            xml.WriteElementString("id", Atom, settings.BaseUrl);
            Link(xml, "alternate", "text/html", SiteUrls.Absolute(settings, SiteUrls.Home));
            Link(xml, "self", "application/atom+xml", SiteUrls.Absolute(settings, Path));
            xml.WriteElementString("updated", Atom, entries.Count > 0 ? entries.Select(Updated).Max(StringComparer.Ordinal)! : Updated((int?)null));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, XmlFile.Text(settings.Authority));
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "SiteGen");

            foreach (var d in entries)
            {
                var path = SiteUrls.Disclosure(d);
                var url = SiteUrls.Absolute(settings, path);
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, XmlFile.Text(DisclosureView.TitleOf(d)));
                xml.WriteElementString("id", Atom, url);
                Link(xml, "alternate", "text/html", url);
                if (d.Info?.PublishedOn is not null)
                {
                    xml.WriteElementString("published", Atom, Updated(d));
                }

                xml.WriteElementString("updated", Atom, Updated(d));
                xml.WriteElementString("summary", Atom, XmlFile.Text(descriptions.TryGetValue(path, out var summary) ? summary : DisclosureView.TitleOf(d)));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>The first instant of a budget year (see the comment above); a site with no disclosures gets the epoch.</summary>
    /// <summary>The disclosure's 发布日期 when stated, else the first instant of its budget year.</summary>
    public static string Updated(Disclosure d) =>
        d.Info?.PublishedOn is { } published
            ? string.Create(CultureInfo.InvariantCulture, $"{published:yyyy-MM-dd}T00:00:00Z")
            : Updated(d.Year);

    private static string Updated(int? year) =>
        string.Create(CultureInfo.InvariantCulture, $"{year ?? 1970:D4}-01-01T00:00:00Z");

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
