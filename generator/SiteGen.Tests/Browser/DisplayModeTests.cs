using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// 长辈模式（大字）and 高对比度 (GB/T 37668, the 2021 适老化 rules): keyboard-operable toggles that screen readers
/// hear, kept across pages, with no WCAG 2.1 AA violation in any mode; and pages whole without script.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DisplayModeTests(BrowserFixture browser)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Fact]
    public async Task Both_modes_toggle_by_keyboard_are_announced_and_are_kept_on_another_page()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.Seed, "index.html").AbsoluteUri);
        var large = page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "长辈模式（大字）" });
        var contrast = page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "高对比度" });
        Assert.Equal("false", await large.GetAttributeAsync("aria-pressed"));
        var before = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p, main li')).fontSize)");

        await large.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await contrast.FocusAsync();
        await page.Keyboard.PressAsync("Space");

        Assert.Equal("true", await large.GetAttributeAsync("aria-pressed"));
        Assert.Equal("true", await contrast.GetAttributeAsync("aria-pressed"));
        Assert.Equal("高对比度已开启", await page.Locator("#display-status").TextContentAsync());

        await page.GotoAsync(new Uri(browser.Seed, "2020/224002/index.html").AbsoluteUri);
        Assert.Equal("true", await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "长辈模式（大字）" }).GetAttributeAsync("aria-pressed"));
        Assert.Equal("true", await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "高对比度" }).GetAttributeAsync("aria-pressed"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('large-text') && document.documentElement.classList.contains('high-contrast')"));
        await page.GotoAsync(new Uri(browser.Seed, "index.html").AbsoluteUri);
        var after = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p, main li')).fontSize)");
        Assert.True(after >= before * 1.3, $"large text: {before}px became {after}px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("", "2020/224002/index.html")]
    [InlineData("large-text", "2020/224002/index.html")]
    [InlineData("high-contrast", "2020/224002/index.html")]
    [InlineData("large-text high-contrast", "index.html")]
    [InlineData("large-text high-contrast", "2020/index.html")]
    public async Task Axe_finds_no_violation_in_each_mode(string modes, string path)
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.Seed, "index.html").AbsoluteUri);
        foreach (var mode in modes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            await page.Locator($"button[data-mode='{mode}']").ClickAsync();
        }

        await page.GotoAsync(new Uri(browser.Seed, path).AbsoluteUri);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });

        Assert.True(result.Violations.Length == 0, $"{modes} {path}:\n{AccessibilityTests.Describe(result.Violations)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("2020/index.html")]
    [InlineData("2020/224002/index.html")]
    public async Task Large_text_at_375_px_never_scrolls_the_page_sideways(string path)
    {
        var page = await browser.NewPage(375, 800);
        await page.GotoAsync(new Uri(browser.Seed, "index.html").AbsoluteUri);
        await page.Locator("button[data-mode='large-text']").ClickAsync();
        // Text at 200%: the large-text mode and the browser's own text size together.
        await page.GotoAsync(new Uri(browser.Seed, path).AbsoluteUri);
        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path}: the page scrolls {overflow}px sideways at 375 px with 200% text");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("2020/224002/index.html")]
    public async Task Without_javascript_200_percent_text_at_375_px_never_scrolls_the_page_sideways(string path)
    {
        // The browser's own text size, as a reader without the script (or with it blocked) enlarges the page.
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "zh-CN", ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Seed, path).AbsoluteUri);
        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path}: the page scrolls {overflow}px sideways at 375 px with 200% text and no script");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_a_reader_who_asks_for_more_contrast_gets_the_high_contrast_colours_with_no_violation()
    {
        const string Colours = "() => ['--ink', '--muted', '--line', '--bg', '--head-bg', '--accent', '--link'].map(name => getComputedStyle(document.documentElement).getPropertyValue(name).trim()).join(' ')";
        var path = new Uri(browser.Seed, "2020/224002/index.html").AbsoluteUri;
        var normal = await browser.NewPage();
        await normal.GotoAsync(path);
        var usual = await normal.EvaluateAsync<string>(Colours);
        await normal.Locator("button[data-mode='high-contrast']").ClickAsync();
        var toggled = await normal.EvaluateAsync<string>(Colours);
        await normal.Context.CloseAsync();

        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "zh-CN", Contrast = Microsoft.Playwright.Contrast.More });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        var asked = await page.EvaluateAsync<string>(Colours);
        await context.CloseAsync();
        // axe runs as a script, so its check has script on (and neither mode toggled).
        var checkedContext = await browser.Browser.NewContextAsync(new() { Locale = "zh-CN", Contrast = Microsoft.Playwright.Contrast.More });
        var checkedPage = await checkedContext.NewPageAsync();
        await checkedPage.GotoAsync(path);
        var result = await checkedPage.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        await checkedContext.CloseAsync();

        Assert.NotEqual(usual, toggled);
        Assert.Equal(toggled, asked);
        Assert.True(result.Violations.Length == 0, $"prefers-contrast: more:\n{AccessibilityTests.Describe(result.Violations)}");
    }

    [Theory]
    [InlineData("index.html", "各部门")]
    [InlineData("2020/index.html", "中共临西县委网络安全和信息化委员会办公室")]
    [InlineData("2020/224002/index.html", "网络舆情监控软件费")]
    public async Task Without_javascript_every_page_shows_all_its_content_and_no_dead_buttons(string path, string text)
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Seed, path).AbsoluteUri);

        Assert.Contains(text, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.Locator("#display-controls").IsVisibleAsync());
        Assert.True(await page.Locator("footer").IsVisibleAsync());
        await context.CloseAsync();
    }
}
