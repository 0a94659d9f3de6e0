using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>
/// Search on the fictional county (Golden/County), built as a reader gets it: the index lists everything and
/// links to pages and rows that exist, and the real assets/search.js (run under node) finds what a person types.
/// </summary>
public sealed class CountySearchTests : IClassFixture<CountySearchTests.BuiltCounty>
{
    private readonly BuiltCounty _county;

    public CountySearchTests(BuiltCounty county) => _county = county;

    [Fact]
    public void The_index_has_one_entry_for_every_department_project_and_indicator()
    {
        var expected = new List<(string Kind, string Title, string Url)>();
        foreach (var d in _county.Site.Disclosures)
        {
            var page = $"{d.Year}/{d.Department.Code}/index.html";
            expected.Add(("部门", $"{d.Department.Name} {d.Year}年", page));
            foreach (var p in d.Projects)
            {
                expected.Add(("项目", p.Name, $"{page}#project-{p.Code}"));
                expected.AddRange(p.Indicators.Select((i, n) => ("指标", i.Name, $"{page}#project-{p.Code}-i{n + 1}")));
                expected.AddRange(p.Details.LongTermIndicators.Select((i, n) => ("指标", i.Name, $"{page}#project-{p.Code}-lt{n + 1}")));
            }
        }

        var entries = SearchScript.Run(_county.Output).Entries;

        // The index numbers entries by year and kind (so results rank without loading them): compare as sets.
        Assert.Equal(Sorted(expected), Sorted(entries.Select(e => (e.Kind, e.Title, e.Url))));
    }

    [Fact]
    public void Every_entry_links_to_a_page_of_the_site_and_to_the_element_of_its_anchor()
    {
        var pages = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        foreach (var entry in SearchScript.Run(_county.Output).Entries)
        {
            var (path, anchor) = entry.Url.Split('#') is [var p, var a] ? (p, a) : (entry.Url, null);
            var file = Path.Join(_county.Output, path);
            Assert.True(File.Exists(file), $"{entry.Title}: {entry.Url} is not a page of the site");
            if (!pages.TryGetValue(path, out var page))
            {
                pages[path] = page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            }

            if (anchor is not null)
            {
                var target = page.GetElementById(anchor);
                Assert.True(target is not null, $"{entry.Url} has no element with id {anchor}");
                Assert.Contains(entry.Title, target.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("危桥", "危桥改造", "2022/900004/index.html#project-SX-JT-0302")]
    [InlineData("资助", "学生资助补助经费", "2022/900001/index.html#project-SX-JY-0001")]
    [InlineData("送戏", "送戏下乡", "2022/900005/index.html#project-SX-WL-0402")]
    [InlineData("JY-0001", "学生资助补助经费", "2022/900001/index.html#project-SX-JY-0001")]
    [InlineData("ｊｙ－０００１", "学生资助补助经费", "2022/900001/index.html#project-SX-JY-0001")]
    [InlineData("sx-jt-0302", "危桥改造", "2022/900004/index.html#project-SX-JT-0302")]
    public void Two_characters_of_a_name_or_part_of_a_code_find_the_project_first(string query, string title, string url)
    {
        var first = SearchScript.Run(_county.Output, query).Results[query][0];

        Assert.Equal(("项目", title, url), (first.Kind, first.Title, first.Url));
    }

    [Fact]
    public void Every_project_is_found_by_any_two_characters_of_its_name()
    {
        var projects = _county.Site.Disclosures.SelectMany(d => d.Projects.Select(p => (Url: $"{d.Year}/{d.Department.Code}/index.html#project-{p.Code}", p.Name))).ToList();
        var queries = projects.SelectMany(p => Enumerable.Range(0, p.Name.Length - 1).Select(i => p.Name.Substring(i, 2))).Distinct().ToArray();

        var results = SearchScript.Run(_county.Output, queries).Results;

        foreach (var (url, name) in projects)
        {
            for (var i = 0; i + 1 < name.Length; i++)
            {
                var hits = results[name.Substring(i, 2)];
                Assert.Contains(hits, h => h.Url == url && h.TitleHit);
            }
        }
    }

    [Fact]
    public void Part_of_an_indicator_name_finds_its_row_latest_year_first()
    {
        var hits = SearchScript.Run(_county.Output, "辍学").Results["辍学"];

        Assert.Equal(["2022/900001/index.html#project-SX-JY-0001-i5", "2021/900001/index.html#project-SX-JY-0001-i5", "2020/900001/index.html#project-SX-JY-0001-i4"], hits.Select(h => h.Url));
        Assert.All(hits, h => Assert.Equal(("指标", "困难学生辍学率"), (h.Kind, h.Title)));
        Assert.Equal("2022年 · 示例县教育局 · 学生资助补助经费", hits[0].Context);
        var row = new HtmlParser().ParseDocument(File.ReadAllText(Path.Join(_county.Output, "2022/900001/index.html"))).GetElementById("project-SX-JY-0001-i5")!;
        Assert.Contains("困难学生辍学率", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_rank_first_then_departments_projects_indicators_then_later_years()
    {
        var hits = SearchScript.Run(_county.Output, "资助").Results["资助"];

        var titleHits = hits.TakeWhile(h => h.TitleHit).ToList();
        Assert.All(hits.Skip(titleHits.Count), h => Assert.False(h.TitleHit));
        Assert.Equal(["项目", "项目", "项目"], titleHits.Take(3).Select(h => h.Kind));
        Assert.Equal(["2022年", "2021年", "2020年"], titleHits.Take(3).Select(h => h.Context[..5]));
        Assert.Contains(hits, h => h.Kind == "部门" && !h.TitleHit); // 教育局's goals mention 资助
    }

    [Fact]
    public void A_department_is_found_by_part_of_its_name()
    {
        var hits = SearchScript.Run(_county.Output, "交通").Results["交通"];

        Assert.Equal(("部门", "示例县交通运输局 2022年", "2022/900004/index.html"), (hits[0].Kind, hits[0].Title, hits[0].Url));
    }

    [Fact]
    public void One_chinese_character_matches_titles_that_contain_it()
    {
        var hits = SearchScript.Run(_county.Output, "桥").Results["桥"];

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("桥", h.Title, StringComparison.Ordinal));
        Assert.Equal("危桥改造", hits[0].Title);
    }

    [Theory]
    [InlineData("xyzzy")]
    [InlineData("火星基地")]
    [InlineData("资助 火星")]
    [InlineData("   ")]
    [InlineData("，。！")]
    public void Nonsense_finds_nothing(string query)
    {
        Assert.Empty(SearchScript.Run(_county.Output, query).Results[query]);
    }

    [Fact]
    public void The_search_page_is_a_plain_get_form_with_a_labelled_field_and_a_noscript_way_to_browse()
    {
        var page = _county.Parse("search/index.html");

        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[type=search][name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for={input.Id}]"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Equal("polite", page.GetElementById("search-status")!.GetAttribute("aria-live"));

        var noscript = new HtmlParser().ParseFragment(page.QuerySelector("noscript")!.InnerHtml, page.Body!);
        var years = noscript.OfType<IElement>().SelectMany(e => e.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../2022/index.html", "../2021/index.html", "../2020/index.html"], years);
        Assert.All(years, href => Assert.True(File.Exists(Path.Join(_county.Output, "search", href))));
        Assert.Equal(["首页", "搜索"], page.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Only_the_search_page_has_the_search_scripts_every_page_the_display_script_all_files_of_the_site()
    {
        foreach (var file in Directory.EnumerateFiles(_county.Output, "*.html", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(_county.Output, file).Replace('\\', '/');
            var scripts = new HtmlParser().ParseDocument(File.ReadAllText(file)).QuerySelectorAll("script").ToList();
            // display.js (长辈模式, 高对比度) is in every page's head; the search scripts only on the search page.
            // 404.html is served at any depth, so its links start from the site's path; every other page links relatively.
            var root = path == "404.html" ? scripts[0].GetAttribute("src")![..^"assets/display.js".Length] : string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
            Assert.Equal(root + "assets/display.js", scripts[0].GetAttribute("src"));
            Assert.Equal(path == "search/index.html" ? ["../search/index.js", "../assets/search.js"] : [], scripts.Skip(1).Select(s => s.GetAttribute("src")));
            Assert.All(scripts.Skip(1), s => Assert.True(s.HasAttribute("defer"), s.OuterHtml));
            Assert.All(scripts, s => Assert.True(s.TextContent.Length == 0 && (path == "404.html" || File.Exists(Path.Join(Path.GetDirectoryName(file), s.GetAttribute("src")))), s.OuterHtml));
        }
    }

    [Fact]
    public void Every_other_page_has_a_search_box_in_its_header_that_goes_to_the_search_page()
    {
        foreach (var file in Directory.EnumerateFiles(_county.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var box = page.QuerySelector("header form.site-search");
            if (Path.GetRelativePath(_county.Output, file).Replace('\\', '/') == "search/index.html")
            {
                Assert.Null(box);
                continue;
            }

            Assert.Equal("get", box!.GetAttribute("method"));
            // 404.html links from the base URL's path (/shixian/jxmb/), since a server shows it at any depth.
            var action = box.GetAttribute("action")!;
            var target = action.StartsWith("/shixian/jxmb/", StringComparison.Ordinal)
                ? Path.GetFullPath(Path.Join(_county.Output, action["/shixian/jxmb/".Length..]))
                : Path.GetFullPath(Path.Join(Path.GetDirectoryName(file), action));
            Assert.Equal(Path.GetFullPath(Path.Join(_county.Output, "search", "index.html")), target);
            var input = box.QuerySelector("input[name=q]")!;
            Assert.NotNull(page.QuerySelector($"label[for={input.Id}]"));
        }
    }

    [Fact]
    public void The_index_is_small_beside_the_site_html()
    {
        var html = Directory.EnumerateFiles(_county.Output, "*.html", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var index = Directory.EnumerateFiles(Path.Join(_county.Output, "search"), "*.js", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.True(index * 4 < html, $"the search index is {index} bytes against {html} bytes of HTML");
    }

    private static List<(string Kind, string Title, string Url)> Sorted(IEnumerable<(string Kind, string Title, string Url)> entries) =>
        [.. entries.OrderBy(e => e.Url, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.Ordinal)];

    /// <summary>The county, built once for all tests of this class, and its model.</summary>
    public sealed class BuiltCounty : IDisposable
    {
        public static readonly string Content = Path.Join(RepoPaths.Golden, "County", "content");
        private readonly TempFolder _folder = new();

        public BuiltCounty()
        {
            Output = _folder.Join("output");
            var result = SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Templates, Output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var diagnostics = new DiagnosticBag();
            Site = SiteModelBuilder.Build(ContentLoader.Load(Content, diagnostics), diagnostics)!;
        }

        public string Output { get; }

        public Site Site { get; }

        public IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Join(Output, path)));

        public void Dispose() => _folder.Dispose();
    }
}
