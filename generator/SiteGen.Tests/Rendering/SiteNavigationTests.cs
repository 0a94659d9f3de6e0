using SiteGen.Rendering;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering;

/// <summary>What a citizen does on the fictional county site: reach a disclosure, follow a department and a project across years.</summary>
public sealed class SiteNavigationTests(CountySite county) : IClassFixture<CountySite>
{
    [Fact]
    public void Every_disclosure_is_within_three_clicks_of_the_home_page()
    {
        var clicks = ClicksFromHome();

        Assert.All(county.Site.Disclosures, d =>
        {
            Assert.True(clicks.TryGetValue(SiteUrls.Disclosure(d), out var n), SiteUrls.Disclosure(d));
            Assert.InRange(n, 1, 3);
        });
    }

    [Fact]
    public void A_continuing_project_links_to_itself_in_every_other_year()
    {
        var page = county.Parse(SiteUrls.Disclosure(2021, "900001"));

        var years = page.GetElementById("project-SX-JY-0001")!.QuerySelectorAll(".project-years a")
            .Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["../../2022/900001/index.html#project-SX-JY-0001", "../../2020/900001/index.html#project-SX-JY-0001"], years);
        foreach (var href in years)
        {
            var target = county.Parse(Path.GetRelativePath(county.Output, Path.GetFullPath(Path.Join(county.Output, "2021", "900001", href!.Split('#')[0]))));
            Assert.Contains("学生资助补助经费", target.GetElementById("project-SX-JY-0001")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_project_of_one_year_only_has_no_other_years_line()
    {
        var page = county.Parse(SiteUrls.Disclosure(2022, "900001"));

        Assert.Null(page.GetElementById("project-SX-JY-0003")!.QuerySelector(".project-years"));
    }

    [Fact]
    public void A_department_page_lists_its_years_and_the_home_grid_marks_a_missing_year()
    {
        var disclosure = county.Parse(SiteUrls.Disclosure(2022, "900006"));
        var home = county.Parse(SiteUrls.Home);

        Assert.Empty(disclosure.QuerySelectorAll(".doc-meta .year-list"));
        var row = home.QuerySelectorAll("table.grid tbody tr").Single(r => r.TextContent.Contains("900006", StringComparison.Ordinal));
        Assert.Equal(["2022/900006/index.html"], row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(2, row.QuerySelectorAll(".none").Length);
    }

    /// <summary>Breadth-first over the built files: how many clicks each page is from the home page.</summary>
    private Dictionary<string, int> ClicksFromHome()
    {
        var clicks = new Dictionary<string, int>(StringComparer.Ordinal) { [SiteUrls.Home] = 0 };
        var queue = new Queue<string>([SiteUrls.Home]);
        while (queue.TryDequeue(out var page))
        {
            foreach (var href in county.Parse(page).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0];
                if (path.Length == 0 || path.Contains(':', StringComparison.Ordinal) || !path.EndsWith(".html", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.GetRelativePath(county.Output, Path.GetFullPath(Path.Join(county.Output, Path.GetDirectoryName(page), path))).Replace('\\', '/');
                if (clicks.TryAdd(target, clicks[page] + 1))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return clicks;
    }
}
