using Microsoft.Playwright;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Browser;

/// <summary>The seed's department page in a real browser: every project, on a phone, and in print.</summary>
[Collection(BrowserGroup.Name)]
public sealed class DepartmentPageTests(BrowserFixture browser)
{
    private const string SeedPage = "2020/224002/index.html";

    [Fact]
    public async Task The_department_page_shows_every_project_table_of_the_seed()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.Seed, SeedPage).AbsoluteUri);

        var codes = SeedDocument.Load().Projects().Select(p => p.Code).ToList();
        Assert.Equal(3, codes.Count);
        Assert.Equal(codes.Count, await page.Locator("section.project").CountAsync());
        foreach (var code in codes)
        {
            var form = page.Locator($"section.project[id='project-{code}'] table.form-main");
            Assert.True(await form.IsVisibleAsync(), $"the table of project {code} is not shown");
            Assert.Contains(code, await form.InnerTextAsync(), StringComparison.Ordinal);
            var indicators = page.Locator($"section.project[id='project-{code}'] table:has(th:text-is('一级指标'))");
            Assert.True(await indicators.First.IsVisibleAsync(), $"the indicator table of project {code} is not shown");
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("seed", SeedPage)]
    [InlineData("seed", "index.html")]
    [InlineData("seed", "search/index.html?q=舆情")]
    [InlineData("county", "2022/index.html")]
    [InlineData("county", "index.html")]
    [InlineData("county", "2022/900001/index.html")]
    public async Task At_375_px_the_page_never_scrolls_sideways_and_wide_tables_scroll_in_their_own_box(string site, string path)
    {
        var page = await browser.NewPage(width: 375, height: 800);
        await page.GotoAsync(new Uri(site == "seed" ? browser.Seed : browser.County, path).AbsoluteUri);

        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 375, $"{path}: the page is {pageWidth} px wide at a 375 px viewport, so it scrolls sideways");
        // Anything reaching past the right edge must sit inside a box that scrolls (or clips) on its own.
        var outside = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .filter(e => { for (let a = e.parentElement; a; a = a.parentElement) { if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return false; } return true; })
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (e.id ? '#' + e.id : ''))
            """);
        Assert.True(outside.Length == 0, $"{path}: these reach past the right edge of a 375 px screen: {string.Join(", ", outside)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Print_hides_navigation_and_keeps_tables_whole()
    {
        var page = await browser.NewPage(width: 794, height: 1123);
        await page.GotoAsync(new Uri(browser.Seed, SeedPage).AbsoluteUri);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { ".skip-link", ".breadcrumbs", ".site-search", ".toc", ".downloads" })
        {
            var element = page.Locator(selector);
            Assert.True(await element.CountAsync() > 0, $"{selector} is not on the page");
            Assert.False(await element.First.IsVisibleAsync(), $"{selector} is shown in print");
        }

        // Whole: no table is cut off at the side or scrolls in print, header rows repeat, and rows never split.
        var problems = await page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              const main = document.querySelector('main').getBoundingClientRect();
              // A chart's data table sits in a closed <details> (the chart itself prints): not a table of the document.
              for (const t of [...document.querySelectorAll('main table')].filter(t => !t.closest('details:not([open])'))) {
                const r = t.getBoundingClientRect();
                if (r.width === 0) problems.push('a table is hidden: ' + (t.caption ? t.caption.textContent.trim() : t.className));
                if (r.right > main.right + 1) problems.push('a table is wider than the printed page: ' + t.className);
                for (let a = t.parentElement; a; a = a.parentElement)
                  if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX) && a.scrollWidth > a.clientWidth + 1) problems.push('a table is clipped by ' + a.className);
                if (t.tHead && getComputedStyle(t.tHead).display !== 'table-header-group') problems.push('a header does not repeat: ' + t.className);
              }
              for (const tr of document.querySelectorAll('main tr:not(.spans)'))
                if (getComputedStyle(tr).breakInside !== 'avoid') { problems.push('a row may split across pages'); break; }
              return problems;
            }
            """);
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        Assert.True(await page.Locator("table.form-main").First.IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_finds_the_opinion_monitoring_project_when_舆情_is_typed()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.Seed, "search/index.html").AbsoluteUri);

        await page.Locator("#search-q").PressSequentiallyAsync("舆情");

        // The list is rebuilt 200 ms after the last keystroke. When the keystrokes come slowly, "舆" alone already
        // lists this project, and a click whose mousedown lands before the rebuild and mouseup after it clicks nothing.
        // The results of the whole query highlight 舆情, not 舆: after that no rebuild is pending.
        var result = page.Locator("#search-results li", new() { HasText = "网络舆情监控软件费" }).First;
        await Assertions.Expect(result.Locator("mark").First).ToHaveTextAsync("舆情", new() { Timeout = 10_000 });
        var link = result.Locator("a").First;
        var target = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href"));
        Assert.Equal(new Uri(browser.Seed, SeedPage).AbsolutePath, target.AbsolutePath);

        await link.ClickAsync();

        // Web-first assertions poll in the driver. WaitForURLAsync checks the URL and the load state, then subscribes
        // to their events, and an event the client delivers in between is lost (microsoft/playwright-dotnet#3364).
        await Assertions.Expect(page).ToHaveURLAsync(target.AbsoluteUri, new() { Timeout = 10_000 });
        var project = page.Locator($"[id='{target.Fragment.TrimStart('#')}']");
        await Assertions.Expect(project).ToContainTextAsync("网络舆情监控软件费");
        await Assertions.Expect(project).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }
}
