using System.Net;
using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The fictional county site served under its sub-path by a real web server: a crawl from the home page
/// reaches every page and every asset with status 200, and every #anchor exists on its page.
/// </summary>
public sealed class SubPathSiteTests
{
    private static readonly string County = Path.Join(RepoPaths.Golden, "County", "content");

    [Fact]
    public async Task Every_link_and_asset_works_when_the_site_is_served_under_a_sub_path()
    {
        using var folder = new TempFolder();
        Assert.True(SiteBuilder.Build(new BuildOptions(County, RepoPaths.Templates, folder.Join("site"))).Succeeded);
        await using var server = await SiteServer.Start(folder.Join("site"), "/shixian/jxmb/");
        using var http = new HttpClient();

        var crawl = await Crawl(http, new Uri(server.Root, "index.html"));

        Assert.Empty(crawl.Failures);
        var pages = GoldenFiles.ListFiles(folder.Join("site")).Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html").ToList();
        Assert.Equal(pages, crawl.Visited.Select(u => server.Root.MakeRelativeUri(u).ToString()).Where(pages.Contains).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_missing_address_at_any_depth_gets_the_404_page_whose_links_work()
    {
        using var folder = new TempFolder();
        Assert.True(SiteBuilder.Build(new BuildOptions(County, RepoPaths.Templates, folder.Join("site"))).Succeeded);
        await using var server = await SiteServer.Start(folder.Join("site"), "/shixian/jxmb/");
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri(server.Root, "2019/nothing/here.html"));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", page.Title, StringComparison.Ordinal);
        foreach (var href in page.QuerySelectorAll("a[href]:not([href^='#']), link[href]:not([rel=canonical])").Select(e => e.GetAttribute("href")!))
        {
            var target = new Uri(new Uri(server.Root, "2019/nothing/here.html"), href);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(target)).StatusCode);
        }
    }

    private sealed record CrawlResult(List<Uri> Visited, List<string> Failures);

    /// <summary>Follows every same-site link and asset breadth-first, checking fragments against the target's ids.</summary>
    private static async Task<CrawlResult> Crawl(HttpClient http, Uri start)
    {
        var site = new Uri(start, "./");
        var visited = new List<Uri>();
        var failures = new List<string>();
        var ids = new Dictionary<Uri, HashSet<string>>();
        var fragments = new List<(Uri Page, Uri Target, string Fragment)>();
        var queue = new Queue<Uri>([start]);
        var seen = new HashSet<Uri> { start };
        while (queue.TryDequeue(out var url))
        {
            using var response = await http.GetAsync(url);
            visited.Add(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            ids[url] = [.. document.QuerySelectorAll("[id]").Select(e => e.Id!)];
            var references = document.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
                .Where(r => !r.StartsWith("http", StringComparison.Ordinal) && !r.StartsWith("mailto:", StringComparison.Ordinal));
            foreach (var reference in references)
            {
                var target = new Uri(url, reference);
                if (!site.IsBaseOf(target))
                {
                    failures.Add($"{url}: {reference} leaves the site's sub-path");
                    continue;
                }

                var page = new Uri(target.GetLeftPart(UriPartial.Query));
                if (target.Fragment.Length > 1)
                {
                    fragments.Add((url, page, Uri.UnescapeDataString(target.Fragment[1..])));
                }

                if (seen.Add(page))
                {
                    queue.Enqueue(page);
                }
            }
        }

        failures.AddRange(fragments
            .Where(f => ids.TryGetValue(f.Target, out var targetIds) && !targetIds.Contains(f.Fragment))
            .Select(f => $"{f.Page}: #{f.Fragment} missing on {f.Target}"));
        return new CrawlResult(visited, failures);
    }
}
