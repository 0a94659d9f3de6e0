using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Rendering;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Charts;

/// <summary>The charts of the County fixture: accessible, faithful to the numbers, and inert markup.</summary>
public sealed class ChartsInCountySiteTests : IClassFixture<CountySite>
{
    private readonly CountySite _site;

    public ChartsInCountySiteTests(CountySite site) => _site = site;

    [Fact]
    public void Every_project_with_a_spending_plan_has_a_chart_named_by_its_own_title_and_desc()
    {
        var charted = 0;
        foreach (var d in _site.Site.Disclosures)
        {
            var page = _site.Parse(SiteUrls.Disclosure(d));
            foreach (var p in d.Projects.Where(p => p.SpendingPlan.Count > 0))
            {
                var section = page.GetElementById(SiteUrls.ProjectAnchor(p))!;
                var svg = section.QuerySelector("figure.chart svg");
                Assert.True(svg is not null, $"{SiteUrls.Disclosure(d)}: no chart for {p.Code}");
                Assert.Equal("img", svg.GetAttribute("role"));
                var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
                Assert.Equal(2, ids.Length);
                Assert.Equal("title", svg.QuerySelector("#" + ids[0])?.LocalName);
                Assert.Equal("desc", svg.QuerySelector("#" + ids[1])?.LocalName);
                Assert.Contains(p.Name, svg.QuerySelector("#" + ids[0])!.TextContent, StringComparison.Ordinal);
                Assert.All(p.SpendingPlan, c => Assert.Contains(c.Percent.Text, svg.QuerySelector("#" + ids[1])!.TextContent, StringComparison.Ordinal));
                charted++;
            }
        }

        Assert.True(charted > 20, $"only {charted} spending plans charted");
    }

    [Fact]
    public void The_table_beside_a_spending_chart_holds_exactly_the_plan_as_written()
    {
        foreach (var d in _site.Site.Disclosures)
        {
            var page = _site.Parse(SiteUrls.Disclosure(d));
            foreach (var p in d.Projects.Where(p => p.SpendingPlan.Count > 0))
            {
                var table = page.GetElementById(SiteUrls.ProjectAnchor(p))!.QuerySelector("figure.chart table")!;
                var rows = TableGrid.Read(table.QuerySelector("tbody")!.Children);

                Assert.Equal(p.SpendingPlan.Select(c => $"{c.Label} | {c.Percent.Text}"), rows.Select(r => string.Join(" | ", r)));
                Assert.NotNull(table.QuerySelector("caption"));
            }
        }
    }

    [Fact]
    public void A_project_without_a_spending_plan_has_no_chart()
    {
        foreach (var d in _site.Site.Disclosures)
        {
            var page = _site.Parse(SiteUrls.Disclosure(d));
            Assert.All(d.Projects.Where(p => p.SpendingPlan.Count == 0), p =>
                Assert.Null(page.GetElementById(SiteUrls.ProjectAnchor(p))!.QuerySelector("figure.chart")));
        }
    }

    [Fact]
    public void Bars_are_as_long_as_their_values_on_year_and_disclosure_pages()
    {
        var charts = 0;
        foreach (var year in _site.Site.Disclosures.Select(d => d.Year).Distinct())
        {
            charts += AssertProportional(_site.Parse(SiteUrls.Year(year)).GetElementById("year-budget-chart"));
        }

        foreach (var d in _site.Site.Disclosures)
        {
            var chart = _site.Parse(SiteUrls.Disclosure(d)).GetElementById("budget-chart");
            Assert.Equal(d.Projects.Count >= 2, chart is not null);
            charts += AssertProportional(chart);
        }

        Assert.True(charts > 10);
    }

    [Fact]
    public void The_year_chart_shows_departments_in_wanyuan_converting_yuan()
    {
        var chart = _site.Parse(SiteUrls.Year(2022)).GetElementById("year-budget-chart")!;
        var rows = TableGrid.Read(chart.QuerySelector("table.chart-table > tbody")!.Children);

        // 示例县交通运输局 reports in 元: 4895000.00 元 is 489.50 万元.
        Assert.Contains("示例县交通运输局 | 489.50", rows.Select(r => string.Join(" | ", r)));
        Assert.Contains("（万元）", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_hold_no_script_no_style_attribute_and_no_external_reference()
    {
        foreach (var file in _site.HtmlFiles)
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var figure in page.QuerySelectorAll("figure.chart"))
            {
                var markup = figure.OuterHtml;
                Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
                Assert.Empty(figure.QuerySelectorAll("[style], style, script, image, use, a, foreignObject"));
                Assert.DoesNotContain("href=", markup, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("http", markup, StringComparison.OrdinalIgnoreCase);
                Assert.All(figure.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => Assert.False(a.Name.StartsWith("on", StringComparison.Ordinal), a.Name));
            }
        }
    }

    [Fact]
    public void Every_id_on_every_page_is_unique()
    {
        foreach (var file in _site.HtmlFiles)
        {
            var ids = new HtmlParser().ParseDocument(File.ReadAllText(file)).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!duplicates.Any(), $"{file}: {string.Join(", ", duplicates)}");
        }
    }

    /// <summary>Each bar's width over the widest one equals its value over the largest value (to the 0.1 units the SVG is written in).</summary>
    private static int AssertProportional(IElement? chart)
    {
        if (chart is null)
        {
            return 0;
        }

        var widths = chart.QuerySelectorAll("rect.chart-bar").Select(r => decimal.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        var values = TableGrid.Read(chart.QuerySelector("table.chart-table > tbody")!.Children).Select(r => decimal.Parse(r[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.Count, widths.Count);
        Assert.True(widths.Count >= 2);
        var (maxWidth, maxValue) = (widths.Max(), values.Max());
        for (var i = 0; i < widths.Count; i++)
        {
            Assert.InRange(widths[i], (values[i] / maxValue * maxWidth) - 0.1m, (values[i] / maxValue * maxWidth) + 0.1m);
        }

        return 1;
    }
}
