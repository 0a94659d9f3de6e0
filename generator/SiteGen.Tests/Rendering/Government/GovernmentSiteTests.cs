using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Government;

/// <summary>
/// A site with every footer setting and every public-information key (《政府网站发展指引》) shows each of them,
/// copies its local images, links the favicon from every page, and dates its feed and sitemap by 发布日期.
/// </summary>
public sealed class GovernmentSiteTests
{
    private const string Disclosure = "2021/100001-示例局/disclosure.yml";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private static readonly byte[] Badge = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 9, 8, 7];

    private static TempFolder GovernmentSite(string approvedOn = "2021-02-01", string publishedOn = "2021-02-15")
    {
        var site = new TempFolder();
        site.CopyFrom(Path.Join(RepoPaths.Golden, "Broken", "_base"));
        site.CopyFrom(RepoPaths.Templates, "templates");
        Directory.CreateDirectory(site.Join("content", "images"));
        File.WriteAllBytes(site.Join("content", "images", "logo.png"), Png);
        File.WriteAllBytes(site.Join("content", "images", "conac.png"), Badge);
        File.AppendAllText(site.Join("content", "site.yml"), """
            site_code: "1305350001"
            icp: 冀ICP备12345678号
            police_record: 冀公网安备 13053502000123号
            contact:
              phone: 0319-1234567
              email: czj@example.gov.cn
              address: 示例县人民路1号
            error_report_url: https://zfwzzc.www.gov.cn/check_web/errorInfo_querySearch.action?term=1305350001
            sponsor: 示例县人民政府办公室
            organizer: 示例县财政局信息中心
            logo: images/logo.png
            conac_badge:
              image: images/conac.png
              url: https://bszs.conac.cn/sitename?method=show&id=1

            """);
        File.AppendAllText(site.Join("content", Disclosure), $"""
            index_number: 000014349/2021-00012
            category: 财政预决算
            document_number: 示财预〔2021〕3号
            written_on: 2021-01-20
            approved_on: {approvedOn}
            published_on: {publishedOn}

            """);
        return site;
    }

    [Fact]
    public void Every_footer_item_is_shown_on_every_page_with_its_link()
    {
        using var site = GovernmentSite();
        var result = CliRunner.Run(site.Path, "build");
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.DoesNotContain("SG", result.StdErr, StringComparison.Ordinal);

        foreach (var page in Directory.EnumerateFiles(site.Join("output"), "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
            Assert.Contains("主办单位：示例县人民政府办公室", footer, StringComparison.Ordinal);
            Assert.Contains("承办单位：示例县财政局信息中心", footer, StringComparison.Ordinal);
            Assert.Contains("网站标识码：1305350001", footer, StringComparison.Ordinal);
            Assert.Contains("联系电话：0319-1234567", footer, StringComparison.Ordinal);
            Assert.Contains("<a href=\"mailto:czj@example.gov.cn\">czj@example.gov.cn</a>", footer, StringComparison.Ordinal);
            Assert.Contains("地址：示例县人民路1号", footer, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://beian.miit.gov.cn/\">冀ICP备12345678号</a>", footer, StringComparison.Ordinal);
            Assert.Contains("code=13053502000123\">冀公网安备 13053502000123号</a>", footer, StringComparison.Ordinal);
            Assert.Contains(">我为政府网站找错</a>", footer, StringComparison.Ordinal);
            Assert.Contains("href=\"https://bszs.conac.cn/sitename?method=show&amp;id=1\"><img src=\"", footer, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"icon\" href=\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(Png, File.ReadAllBytes(site.Join("output", "assets", "content", "images", "logo.png")));
        Assert.Equal(Badge, File.ReadAllBytes(site.Join("output", "assets", "content", "images", "conac.png")));
        var deep = File.ReadAllText(site.Join("output", "2021", "100001", "index.html"));
        Assert.Contains("<link rel=\"icon\" href=\"../../assets/content/images/logo.png\">", deep, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_that_names_no_icon_links_the_built_in_one_from_every_page_so_browsers_never_ask_the_portal_root()
    {
        using var site = new TempFolder();
        site.CopyFrom(Path.Join(RepoPaths.Golden, "Broken", "_base"));
        var result = CliRunner.Run(site.Path, "build");
        Assert.True(result.ExitCode == 0, result.StdErr);

        var pages = Directory.EnumerateFiles(site.Join("output"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var href = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"icon\" href=\"([^\"]*)\" type=\"image/svg\\+xml\">").Groups[1].Value;
            Assert.EndsWith("assets/favicon.svg", href, StringComparison.Ordinal);
            if (!href.StartsWith('/')) // 404.html links from the site's base path, because it is served at any depth
            {
                Assert.True(File.Exists(Path.GetFullPath(Path.Join(Path.GetDirectoryName(page)!, href))), $"{page}: {href}");
            }
        }

        Assert.StartsWith("<svg", File.ReadAllText(site.Join("output", "assets", "favicon.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_metadata_block_stands_above_the_disclosure_and_dates_the_feed_and_sitemap()
    {
        using var site = GovernmentSite();
        Assert.Equal(0, CliRunner.Run(site.Path, "build").ExitCode);

        var html = File.ReadAllText(site.Join("output", "2021", "100001", "index.html"));
        var block = html[html.IndexOf("<dl class=\"public-info\">", StringComparison.Ordinal)..html.IndexOf("<h1>", StringComparison.Ordinal)];
        foreach (var (label, value) in new[]
        {
            ("索引号", "000014349/2021-00012"), ("信息分类", "财政预决算"), ("发布机构", "示例县虚构事务局"),
            ("文号", "示财预〔2021〕3号"), ("成文日期", "2021-01-20"), ("批复日期", "2021-02-01"), ("发布日期", "2021-02-15"),
        })
        {
            Assert.Matches($"<dt>{label}</dt><dd>(<time datetime=\"{value}\">)?{System.Text.RegularExpressions.Regex.Escape(value)}", block);
        }

        var sitemap = File.ReadAllText(site.Join("output", "sitemap.xml"));
        Assert.Contains("2021/100001/index.html</loc>\n    <lastmod>2021-02-15</lastmod>", sitemap.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var feed = File.ReadAllText(site.Join("output", "feed.xml"));
        Assert.Contains("<published>2021-02-15T00:00:00Z</published>", feed, StringComparison.Ordinal);
        Assert.Contains("<updated>2021-02-15T00:00:00Z</updated>", feed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-02-01", "2021-02-21", false)]
    [InlineData("2021-02-01", "2021-02-22", true)]
    public void A_publication_more_than_20_days_after_approval_is_warned_at_its_line(string approvedOn, string publishedOn, bool warned)
    {
        using var site = GovernmentSite(approvedOn, publishedOn);
        var result = CliRunner.Run(site.Path, "check");

        Assert.Equal(0, result.ExitCode);
        var line = File.ReadAllLines(site.Join("content", Disclosure)).ToList().FindIndex(l => l.StartsWith("published_on:", StringComparison.Ordinal)) + 1;
        var expected = $"content/{Disclosure}({line},15): warning SG3451: 发布日期 {publishedOn} 比批复日期 {approvedOn} 晚 21 天";
        Assert.Equal(warned, result.StdErr.Contains(expected, StringComparison.Ordinal));
    }
}
