using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// axe-core over every page type, with the WCAG 2.0/2.1 A and AA rules: zero violations. What no automatic
/// check can see (GB/T 37668-2019 asks for more) is listed in the README. A failure prints each violation's
/// id, impact and the elements it found.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Theory]
    [InlineData("seed", "index.html")]
    [InlineData("seed", "2020/index.html")]
    [InlineData("seed", "2020/224002/index.html")]
    [InlineData("seed", "search/index.html?q=舆情")]
    [InlineData("seed", "2020/no/such/page.html")]
    [InlineData("county", "index.html")]
    [InlineData("county", "2022/index.html")]
    [InlineData("county", "2022/900001/index.html")]
    [InlineData("county", "2021/900003/index.html")]
    [InlineData("county", "search/index.html?q=满意度")]
    [InlineData("evaluated", "2020/index.html")]
    [InlineData("evaluated", "2020/224002/index.html")]
    [InlineData("evaluated", "2020/224002/self-evaluation/index.html")]
    [InlineData("monitored", "2020/224002/index.html")]
    public async Task Every_page_type_has_no_WCAG_2_1_A_or_AA_violation(string site, string path)
    {
        var page = await browser.NewPage();
        var root = site switch { "seed" => browser.Seed, "county" => browser.County, "monitored" => browser.Monitored, _ => browser.Evaluated };
        var response = await page.GotoAsync(new Uri(root, path).AbsoluteUri);
        Assert.NotNull(response);
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            await page.Locator("#search-results li").First.WaitForAsync();
        }

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });

        Assert.True(result.Violations.Length == 0, $"{site} {path}:\n{Describe(result.Violations)}");
        Assert.NotEmpty(result.Passes);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_check_does_find_a_violation_when_there_is_one()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.Seed, "index.html").AbsoluteUri);
        // The site's CSP refuses style attributes in markup, so the pale text is styled through the CSSOM, which it allows.
        await page.EvaluateAsync("() => { document.documentElement.removeAttribute('lang'); const p = document.createElement('p'); p.textContent = '浅色文字'; p.style.color = '#bbb'; p.style.background = '#fff'; document.querySelector('main').append(p); }");

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });

        Assert.Equal(["color-contrast", "html-has-lang"], result.Violations.Select(v => v.Id).Order(StringComparer.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_404_page_is_served_with_status_404_and_checked_like_the_others()
    {
        var page = await browser.NewPage();
        var response = await page.GotoAsync(new Uri(browser.Seed, "2020/no/such/page.html").AbsoluteUri);
        Assert.Equal(404, response!.Status);
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_is_visible_when_focused_and_moves_focus_into_main()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.Seed, "2020/224002/index.html").AbsoluteUri);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.True(await skip.IsVisibleAsync());
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Width: > 10, Height: > 10 } && box.X >= 0 && box.Y >= 0, "the focused skip link is not on screen");
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal), $"no visible focus on the skip link: {outline}");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Tables_have_captions_and_header_scopes_and_charts_have_text_alternatives()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.Seed, "2020/224002/index.html").AbsoluteUri);

        var problems = await page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              for (const t of document.querySelectorAll('main table')) {
                const named = (t.caption && t.caption.textContent.trim()) || t.getAttribute('aria-label') || t.getAttribute('aria-labelledby');
                if (!named) problems.push('a table without a caption: ' + t.className);
                for (const th of t.querySelectorAll('th'))
                  if (!th.hasAttribute('scope') && !th.id) problems.push('a header cell without scope: ' + th.textContent.trim());
              }
              for (const svg of document.querySelectorAll('main svg')) {
                const labelled = svg.getAttribute('role') === 'img' && (svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby') || svg.querySelector('title'));
                const hidden = svg.getAttribute('aria-hidden') === 'true' && svg.closest('figure') && svg.closest('figure').querySelector('table, figcaption');
                if (!labelled && !hidden) problems.push('a chart without a text alternative: ' + (svg.closest('figure') || svg).id);
              }
              return problems;
            }
            """);
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.True(await page.Locator("header.site-header").CountAsync() == 1 && await page.Locator("footer.site-footer").CountAsync() == 1);
        await page.Context.CloseAsync();
    }

    internal static string Describe(AxeResultItem[] violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine($"{v.Id} ({v.Impact}): {v.Help}");
            foreach (var node in v.Nodes)
            {
                text.AppendLine($"    {node.Target}: {node.Html}");
            }
        }

        return text.ToString();
    }
}
