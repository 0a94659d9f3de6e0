using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// A department's page lists its evaluated projects by total score, highest first, each linked to its form on the
/// same page, with the average score and a link to the 自评表 page; a page without evaluations keeps its layout
/// (the golden sites hold that).
/// </summary>
public sealed class DepartmentEvaluationPageTests
{
    [Fact]
    public void The_evaluated_seed_department_page_ranks_its_projects_and_links_each_to_its_form()
    {
        using var site = new TempFolder();
        EvaluatedSeed.CopyTo(site);
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates).ExitCode);

        var file = site.Join("output", "2020", "224002", "index.html");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
        var section = page.QuerySelector("section.department-evaluation")!;
        var rows = section.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([["1", "网络舆情监控软件费", "99.00", "优"], ["2", "综合事务管理经费", "96.50", "优"], ["3", "临西新闻网平台维护费", "88.78", "良"]],
            rows.Select(r => new List<string> { r[0], r[1], r[3], r[4] }));
        Assert.Equal("95.00%", rows[2][2]);
        // (99.00 + 96.50 + 88.78) / 3 = 94.76
        Assert.Contains("3 个项目已自评，平均 94.76 分", section.TextContent, StringComparison.Ordinal);

        foreach (var link in section.QuerySelectorAll("tbody a"))
        {
            var anchor = link.GetAttribute("href")!;
            Assert.StartsWith("#project-", anchor, StringComparison.Ordinal);
            var target = page.GetElementById(anchor[1..]);
            Assert.NotNull(target);
            Assert.Contains(link.TextContent, target.TextContent, StringComparison.Ordinal);
        }

        var form = section.QuerySelector("p a")!.GetAttribute("href")!;
        Assert.True(File.Exists(Path.GetFullPath(Path.Join(Path.GetDirectoryName(file)!, form))), form);
    }
}
