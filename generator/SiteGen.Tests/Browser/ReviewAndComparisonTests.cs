using Microsoft.Playwright;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SiteGen.Rendering.Review;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Browser;

/// <summary>
/// axe (WCAG 2.0/2.1 A and AA) over a page with the 与上年相比 comparison and over the review report for staff, both
/// served as staff and citizens see them: zero violations.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ReviewAndComparisonTests(BrowserFixture browser)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Fact]
    public async Task A_page_with_the_comparison_has_no_violation()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.County, "2022/900001/index.html").AbsoluteUri);
        Assert.Equal(1, await page.Locator("section.year-over-year h2").CountAsync());
        Assert.True(await page.Locator("section.year-over-year .yoy-project").CountAsync() > 0);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });

        Assert.True(result.Violations.Length == 0, AccessibilityTests.Describe(result.Violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_review_report_has_no_violation_and_links_to_the_indicator_rows()
    {
        // The county's review has findings of several checks (lowered targets, boilerplate bases); the report is put
        // beside the built site, where serve shows it, with the site's stylesheet linked.
        var review = SiteReviewer.Review(new BuildOptions(CountySite.ContentDir));
        Assert.NotEmpty(review.Findings);
        var folder = Path.Join(browser.CountyOutput, "_sitegen", "review");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Join(folder, "index.html"), ReviewHtml.Write(review.Findings, review.Site!.Settings, Stylesheet.Linked("../../assets/site.css"), p => "../../" + p));
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(browser.County, "_sitegen/review/index.html").AbsoluteUri);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });

        Assert.True(result.Violations.Length == 0, AccessibilityTests.Describe(result.Violations));
        var link = page.Locator("a[href*='-i']").First;
        var href = await link.GetAttributeAsync("href");
        Assert.Matches(@"^\.\./\.\./20\d\d/9000\d\d/index\.html#project-.+-i\d+$", href);
        var target = new Uri(new Uri(page.Url), href);
        await link.ClickAsync();

        // The click starts the navigation and does not wait for the new page: web-first assertions poll until the
        // page has the URL and its row (asserting at once raced the load on a busy machine).
        await Assertions.Expect(page).ToHaveURLAsync(target.AbsoluteUri, new() { Timeout = 10_000 });
        var row = page.Locator($"[id='{target.Fragment.TrimStart('#')}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(":target")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }
}
