using AngleSharp.Html.Parser;
using SiteGen.Rendering.Charts;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Charts;

/// <summary>Names are text in a chart, whatever characters they hold: never markup, never a broken attribute.</summary>
public sealed class ChartEscapingTests
{
    private const string Name = "路灯<b>维修</b> & \"改造\" '工程'";

    [Fact]
    public void A_bar_label_with_markup_characters_is_escaped_in_the_svg_and_the_table()
    {
        var html = BudgetBarChart.For("各项目预算数", [(Name, 10.00m, "10.00"), ("其他", 5.00m, "5.00")], "万元", "c1").Value;
        var figure = new HtmlParser().ParseDocument(html).QuerySelector("figure")!;

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Empty(figure.QuerySelectorAll("b"));
        Assert.Equal(Name, figure.QuerySelector("svg text.chart-label")!.TextContent);
        Assert.Equal(Name, figure.QuerySelector("tbody th")!.TextContent);
    }

    [Fact]
    public void A_project_name_with_markup_characters_is_escaped_in_both_charts_of_its_page()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(CountySite.ContentDir, "content");
        var file = folder.Join("content", "2022", "900001", "projects", "2-乡村教师培训.yml");
        var yaml = File.ReadAllLines(file).Select(l => l.StartsWith("name:", StringComparison.Ordinal) ? "name: '" + Name.Replace("'", "''", StringComparison.Ordinal) + "'" : l);
        File.WriteAllLines(file, yaml);

        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(folder.Join("output", "2022", "900001", "index.html")));

        var budget = page.GetElementById("budget-chart")!;
        Assert.Empty(budget.QuerySelectorAll("b"));
        Assert.Contains(Name, budget.QuerySelectorAll("svg text.chart-label").Select(t => t.TextContent));
        var plan = page.QuerySelectorAll("figure.chart-plan").Single(f => f.QuerySelector("svg title")!.TextContent.StartsWith(Name, StringComparison.Ordinal));
        Assert.Empty(plan.QuerySelectorAll("b"));
        Assert.StartsWith(Name, plan.QuerySelector("svg desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_do_not_depend_on_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var html = BudgetBarChart.For("各项目预算数", [("甲", 1234.5m, "1234.50"), ("乙", 0.25m, "0.25")], "万元", "c1").Value;

            Assert.DoesNotContain(",5", html, StringComparison.Ordinal);
            Assert.Contains("合计1234.75万元", html, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
