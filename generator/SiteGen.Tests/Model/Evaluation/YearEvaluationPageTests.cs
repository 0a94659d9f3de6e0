using System.Globalization;
using AngleSharp.Html.Parser;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// The year page lists the year's evaluated projects by total score, highest first, each linked to its project, and
/// draws each department's execution rate and average score as a chart with a text alternative; a year without
/// evaluations keeps its page (the golden sites hold that).
/// </summary>
public sealed class YearEvaluationPageTests
{
    [Fact]
    public void The_evaluated_seed_year_lists_its_projects_by_score_with_links_to_them()
    {
        using var site = new TempFolder();
        EvaluatedSeed.CopyTo(site);
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates).ExitCode);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.Join("output", "2020", "index.html")));
        var rows = page.QuerySelectorAll(".year-evaluation > .table-scroll tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([["1", "网络舆情监控软件费", "99.00", "优"], ["2", "综合事务管理经费", "96.50", "优"], ["3", "临西新闻网平台维护费", "88.78", "良"]],
            rows.Select(r => new List<string> { r[0], r[1], r[4], r[5] }));
        Assert.Equal("95.00%", rows[2][3]); // 9.50 of 10.00 spent
        var links = page.QuerySelectorAll(".year-evaluation > .table-scroll tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, l => Assert.StartsWith("224002/index.html#project-", l, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".chart-evaluation")); // one department: nothing to compare
    }

    [Fact]
    public void A_sample_year_charts_each_departments_execution_rate_and_average_score_with_a_text_alternative()
    {
        using var folder = new TempFolder();
        Assert.True(SampleCorpus.Write(new SampleOptions(5, 2, 3, folder.Join("content"))).Succeeded);
        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(folder.Join("output", "2019", "index.html")));
        var totals = page.QuerySelectorAll(".year-evaluation > .table-scroll tbody tr").Select(r => decimal.Parse(r.Children[4].TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.True(totals.Count >= 5, $"{totals.Count} evaluated projects");
        Assert.Equal(totals.OrderDescending(), totals);

        var chart = page.QuerySelector("figure.chart-evaluation")!;
        var svg = chart.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var desc = svg.QuerySelector("desc")!.TextContent;
        Assert.Contains("执行率最高的是", desc, StringComparison.Ordinal);
        Assert.Contains("平均分最高的是", desc, StringComparison.Ordinal);
        var data = chart.QuerySelectorAll(".chart-table tbody tr").ToList();
        Assert.InRange(data.Count, 2, 5);
        // Each department's two bars are told apart by their words, not by colour: 执行率 … and 平均分 ….
        Assert.Equal(data.Count, svg.QuerySelectorAll("text").Count(t => t.TextContent.StartsWith("执行率 ", StringComparison.Ordinal)));
        Assert.Equal(data.Count, svg.QuerySelectorAll("text").Count(t => t.TextContent.StartsWith("平均分 ", StringComparison.Ordinal)));
        foreach (var row in data)
        {
            var average = decimal.Parse(row.Children[3].TextContent, CultureInfo.InvariantCulture);
            Assert.InRange(average, 0m, 100m);
        }

        // The year still under way (the corpus's last) has no evaluations, and so no such section.
        Assert.DoesNotContain("year-evaluation", File.ReadAllText(folder.Join("output", "2020", "index.html")), StringComparison.Ordinal);
    }
}
