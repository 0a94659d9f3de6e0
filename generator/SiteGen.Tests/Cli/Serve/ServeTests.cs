using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using SiteGen.Tests.Browser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Serve;

/// <summary>
/// <c>sitegen serve</c> as staff use it: a page open in the browser follows edits of the content by itself, shows
/// the errors of a broken file over the page and recovers when it is fixed; plus what the server sends, where it
/// listens, and that it never touches output/.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ServeTests(BrowserFixture browser) : IDisposable
{
    private const string Project = "2021/900001/projects/1-学生资助补助经费.yml";
    private const string Page = "2021/900001/index.html";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_open_page_follows_an_edit_shows_the_errors_of_a_broken_file_and_recovers_when_it_is_fixed()
    {
        _folder.CopyFrom(CountySite.ContentDir, "content");
        var file = _folder.Join("content", Project);
        var original = await File.ReadAllTextAsync(file);
        using var serve = ServeProcess.Start(_folder.Path, "--content", "content", "--templates", RepoPaths.Templates);
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(serve.Site, Page).AbsoluteUri);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        var marker = await page.EvaluateAsync<double>("() => { window.__stillHere = Math.random(); return window.__stillHere; }");
        var options = new LocatorAssertionsToContainTextOptions { Timeout = 15_000 };

        await File.WriteAllTextAsync(file, original.Replace("name: 学生资助补助经费", "name: 学生资助补助经费（第二版）", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("学生资助补助经费（第二版）", options);
        Assert.NotEqual(marker, await page.EvaluateAsync<double?>("() => window.__stillHere ?? null")); // reloaded by the preview, not by hand

        await File.AppendAllTextAsync(file, "name: [broken\n");
        var overlay = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(overlay).ToContainTextAsync("1-学生资助补助经费.yml(", options);
        await Assertions.Expect(overlay).ToContainTextAsync("error SG1003", options);
        Assert.Contains("学生资助补助经费（第二版）", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal); // the last good page stays
        serve.WaitForLine(line => line.Contains("error SG1003", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        await File.WriteAllTextAsync(file, original.Replace("name: 学生资助补助经费", "name: 学生资助补助经费（第三版）", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("学生资助补助经费（第三版）", options);
        await Assertions.Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await page.Context.CloseAsync();

        Assert.Equal(0, serve.Interrupt());
        Assert.Contains("sitegen serve: stopped", serve.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Join("output")), "serve wrote output/");
    }

    [Fact]
    public async Task Every_file_type_has_its_content_type_and_utf8_and_only_loopback_listens_and_output_is_untouched()
    {
        _folder.CopyFrom(RepoPaths.Content, "content");
        Directory.CreateDirectory(_folder.Join("output"));
        await File.WriteAllTextAsync(_folder.Join("output", "published.html"), "published");
        using var serve = ServeProcess.Start(_folder.Path, "--content", "content", "--templates", RepoPaths.Templates);
        Assert.Equal("127.0.0.1", serve.Site.Host);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var expected = new Dictionary<string, string>
        {
            ["index.html"] = "text/html; charset=utf-8",
            ["2020/224002/"] = "text/html; charset=utf-8",
            ["assets/site.css"] = "text/css; charset=utf-8",
            ["assets/search.js"] = "text/javascript; charset=utf-8",
            ["search/index.js"] = "text/javascript; charset=utf-8",
            ["2020/224002/data.json"] = "application/json; charset=utf-8",
            ["2020/projects.csv"] = "text/csv; charset=utf-8",
            ["feed.xml"] = "application/atom+xml; charset=utf-8",
            ["sitemap.xml"] = "application/xml; charset=utf-8",
            ["robots.txt"] = "text/plain; charset=utf-8",
        };
        foreach (var (path, type) in expected)
        {
            using var response = await http.GetAsync(new Uri(serve.Site, path));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        }

        using (var missing = await http.GetAsync(new Uri(serve.Site, "no/such/page.html")))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("页面不存在", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var home = await http.GetAsync(serve.Site))
        {
            var html = await home.Content.ReadAsStringAsync();
            Assert.Contains("<script src=\"/_sitegen/live.js\" defer></script></head>", html, StringComparison.Ordinal);
        }

        using (var script = await http.GetAsync(new Uri(serve.Site, "/_sitegen/live.js")))
        {
            Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        }

        // Loopback only: the same port on another address of this machine refuses.
        var other = Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (other is not null)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await Assert.ThrowsAnyAsync<SocketException>(() => socket.ConnectAsync(other, serve.Site.Port));
        }

        Assert.Equal(0, serve.Interrupt());
        Assert.Equal(["published.html"], Directory.EnumerateFileSystemEntries(_folder.Join("output")).Select(Path.GetFileName));
    }
}
