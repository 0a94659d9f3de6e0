using System.Xml;
using System.Xml.Linq;
using SiteGen.Rendering;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Feeds;

/// <summary>feed.xml, sitemap.xml, robots.txt and the pages' canonical links, for the County fixture.</summary>
public sealed class FeedFilesTests : IClassFixture<CountySite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly CountySite _site;

    public FeedFilesTests(CountySite site) => _site = site;

    private string BaseUrl => _site.Site.Settings.BaseUrl;

    [Fact]
    public void The_feed_is_atom_with_one_entry_per_disclosure_newest_year_first()
    {
        var feed = Load("feed.xml").Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(_site.Site.Disclosures.Count, entries.Count);
        var expected = _site.Site.Disclosures.OrderByDescending(d => d.Year).ThenBy(d => d.Department.Code, StringComparer.Ordinal).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var url = BaseUrl + SiteUrls.Disclosure(expected[i]);
            Assert.Equal(url, entries[i].Element(Atom + "id")!.Value);
            Assert.Equal($"{expected[i].Department.Name}{expected[i].Year}年预算绩效目标", entries[i].Element(Atom + "title")!.Value);
            var link = entries[i].Element(Atom + "link")!;
            Assert.Equal("alternate", link.Attribute("rel")!.Value);
            Assert.Equal(url, link.Attribute("href")!.Value);
            Assert.Equal($"{expected[i].Year}-01-01T00:00:00Z", entries[i].Element(Atom + "updated")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entries[i].Element(Atom + "summary")!.Value));
        }

        Assert.Equal(BaseUrl, feed.Element(Atom + "id")!.Value);
        Assert.Equal(entries[0].Element(Atom + "updated")!.Value, feed.Element(Atom + "updated")!.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
    }

    [Fact]
    public void Every_sitemap_address_is_absolute_and_names_a_built_page_and_every_page_is_listed()
    {
        var locs = Load("sitemap.xml").Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.All(locs, loc => Assert.StartsWith(BaseUrl, loc, StringComparison.Ordinal));
        var paths = locs.Select(loc => loc[BaseUrl.Length..]).Order(StringComparer.Ordinal).ToList();
        var pages = _site.HtmlFiles.Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, paths);
    }

    [Fact]
    public void Robots_txt_names_the_sitemap()
    {
        var robots = File.ReadAllText(Path.Join(_site.Output, "robots.txt"));

        Assert.Contains($"\nSitemap: {BaseUrl}sitemap.xml\n", robots, StringComparison.Ordinal);
        Assert.StartsWith("User-agent: *\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_one_canonical_link_to_its_own_address_and_the_feed_link()
    {
        foreach (var file in _site.HtmlFiles)
        {
            var path = Path.GetRelativePath(_site.Output, file).Replace('\\', '/');
            var page = _site.Parse(path);
            var canonical = page.QuerySelectorAll("link[rel=canonical]");

            Assert.Single(canonical);
            Assert.Equal(BaseUrl + path, canonical[0].GetAttribute("href"));
            Assert.Equal(BaseUrl + path, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.Equal("zh_CN", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
            var feed = page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;
            // 404.html links from the base URL's path, since a server shows it at any depth.
            var basePath = new Uri(BaseUrl).AbsolutePath;
            var feedFile = feed.StartsWith(basePath, StringComparison.Ordinal)
                ? Path.Join(_site.Output, feed[basePath.Length..])
                : Path.GetFullPath(Path.Join(Path.GetDirectoryName(file), feed));
            Assert.True(File.Exists(feedFile), $"{path}: {feed}");
        }
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    public void Files_are_utf8_without_bom_with_unix_line_ends(string file)
    {
        var bytes = File.ReadAllBytes(Path.Join(_site.Output, file));

        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "BOM");
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
    }

    [Fact]
    public void Two_builds_give_the_same_bytes()
    {
        using var again = new CountySite();

        foreach (var file in new[] { "feed.xml", "sitemap.xml", "robots.txt", "index.html", "2022/index.html", "2022/900004/index.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Join(_site.Output, file)), File.ReadAllBytes(Path.Join(again.Output, file)));
        }

        GoldenFiles.AssertSameFiles(_site.Output, again.Output);
    }

    [Fact]
    public void Titles_and_addresses_are_escaped_in_the_xml()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(CountySite.ContentDir, "content");
        var siteFile = folder.Join("content", "site.yml");
        File.WriteAllText(siteFile, File.ReadAllText(siteFile)
            .Replace("title: 示例县预算绩效目标公开", "title: '示例县<预算>&\"绩效\"'", StringComparison.Ordinal)
            .Replace("base_url: https://www.example.gov.cn/shixian/jxmb/", "base_url: https://www.example.gov.cn/a&b/", StringComparison.Ordinal));

        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var feed = XDocument.Load(folder.Join("output", "feed.xml")).Root!;
        Assert.Equal("示例县<预算>&\"绩效\"", feed.Element(Atom + "title")!.Value);
        Assert.StartsWith("https://www.example.gov.cn/a&b/", feed.Element(Atom + "entry")!.Element(Atom + "id")!.Value, StringComparison.Ordinal);
        Assert.All(XDocument.Load(folder.Join("output", "sitemap.xml")).Root!.Elements(Sitemap + "url"),
            u => Assert.StartsWith("https://www.example.gov.cn/a&b/", u.Element(Sitemap + "loc")!.Value, StringComparison.Ordinal));
    }

    private XDocument Load(string file)
    {
        using var reader = XmlReader.Create(Path.Join(_site.Output, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}
