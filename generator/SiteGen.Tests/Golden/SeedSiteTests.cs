using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Golden;

/// <summary>
/// The bundled site is the seed document: built from content/ and templates/, its disclosure page must
/// carry every line of the original and every indicator in the right row of the right project table.
/// </summary>
public sealed class SeedSiteTests : IClassFixture<SeedSiteTests.BuiltSite>
{
    private readonly BuiltSite _site;

    public SeedSiteTests(BuiltSite site) => _site = site;

    [Fact]
    public void The_bundled_site_matches_the_committed_expected_files()
    {
        GoldenFiles.AssertSite(Path.Join(RepoPaths.Golden, "Site", "expected"), _site.Output);
    }

    [Fact]
    public void Every_line_of_the_seed_appears_on_the_disclosure_page()
    {
        var text = TableGrid.Normalise(_site.DisclosurePage.Body!.TextContent);

        var missing = SeedDocument.Load().TextLines().Where(line => !text.Contains(line, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_indicator_sits_in_its_project_table_row_with_its_levels_description_target_and_basis()
    {
        var projects = SeedDocument.Load().Projects();
        Assert.Equal(3, projects.Count);

        foreach (var (code, seedRows) in projects)
        {
            var section = _site.DisclosurePage.GetElementById("project-" + code);
            Assert.True(section is not null, $"no section for project {code}");
            var table = section.QuerySelectorAll("table").Single(t => t.QuerySelector("thead")?.TextContent.Contains("指标值确定依据", StringComparison.Ordinal) == true);
            var headers = TableGrid.Read(table.QuerySelectorAll("thead tr")).Single();
            Assert.Equal(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"], headers);

            var pageRows = TableGrid.Read(table.QuerySelectorAll("tbody tr"));

            Assert.Equal(seedRows.Select(r => string.Join(" | ", r.Select(TableGrid.Normalise))), pageRows.Select(r => string.Join(" | ", r)));
        }
    }

    [Fact]
    public void The_page_is_chinese_and_its_tables_have_captions_and_header_scopes()
    {
        var page = _site.DisclosurePage;

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(page.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope")), th.OuterHtml));
    }

    [Fact]
    public void Ids_are_unique_and_every_internal_link_and_anchor_resolves()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var (target, anchor) = href.Split('#') is [var t, var a] ? (t, a) : (href, null);
                // Only 404.html links from the base URL's path: a server shows it at any depth.
                var targetFile = target.Length == 0 ? file
                    : target.StartsWith("/xxgk/jxmb/", StringComparison.Ordinal) ? Path.Join(_site.Output, target["/xxgk/jxmb/".Length..])
                    : Path.GetFullPath(Path.Join(Path.GetDirectoryName(file), target));
                Assert.True(File.Exists(targetFile), $"{Path.GetRelativePath(_site.Output, file)} links to missing {href}");
                if (anchor is not null)
                {
                    var targetPage = new HtmlParser().ParseDocument(File.ReadAllText(targetFile));
                    Assert.True(targetPage.GetElementById(anchor) is not null, $"{href} has no target");
                }
            }
        }
    }

    [Fact]
    public void The_site_uses_no_external_resources()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            // Scripts (only the search page has them) are files of the site: never inline, never fetched from elsewhere.
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") && s.TextContent.Length == 0, s.OuterHtml));
            // The canonical link names the page's public address; it is metadata, not a resource the page loads.
            var references = page.QuerySelectorAll("[src], link[href]:not([rel=canonical])").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
            Assert.All(references, r => Assert.DoesNotContain("//", r, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Year_and_home_pages_list_the_department_with_its_budget_and_projects()
    {
        var year = _site.Parse("2020/index.html");
        var row = year.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("224002", StringComparison.Ordinal));

        Assert.Contains("中共临西县委网络安全和信息化委员会办公室", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("20.00", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("3", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("224002/index.html", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2020/index.html", _site.Parse("index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    /// <summary>The bundled site, built once for all tests of this class.</summary>
    public sealed class BuiltSite : IDisposable
    {
        private readonly TempFolder _folder = new();

        public BuiltSite()
        {
            Output = _folder.Join("output");
            var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, Output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            DisclosurePage = Parse("2020/224002/index.html");
        }

        public string Output { get; }

        public IDocument DisclosurePage { get; }

        public IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Join(Output, path)));

        public void Dispose() => _folder.Dispose();
    }
}
