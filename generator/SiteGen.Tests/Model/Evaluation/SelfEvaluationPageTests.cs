using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// The print-ready 项目支出绩效自评表 page of the fictional evaluation of the seed, built by the real command: one form
/// per project in the official layout (funds block, then 一级/二级/三级 · 年度指标值 · 实际完成值 · 分值 · 得分 ·
/// 偏差原因, then 总分 and 评价等级), linked from the disclosure page; a disclosure without evaluation has no such page.
/// </summary>
public sealed class SelfEvaluationPageTests
{
    private static readonly string[] Projects = ["临西新闻网平台维护费", "网络舆情监控软件费", "综合事务管理经费"];

    [Fact]
    public void Each_evaluated_project_has_its_official_form_with_funds_every_indicator_total_and_grade()
    {
        using var site = new TempFolder();
        EvaluatedSeed.CopyTo(site);
        var result = CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates);
        Assert.Equal(0, result.ExitCode);

        var page = Parse(site.Join("output", "2020", "224002", "self-evaluation", "index.html"));
        var forms = page.QuerySelectorAll("section.self-evaluation table.self-evaluation-form").ToList();
        Assert.Equal(Projects, forms.Select(f => f.QuerySelector("caption h2")!.TextContent.Replace("项目支出绩效自评表", "", StringComparison.Ordinal)));

        // The funds block as the fixture writes it: 年初预算数, 全年预算数, 全年执行数, 分值 10, 执行率, 得分.
        Assert.Equal(["10.00", "10.00", "9.50", "10", "95.00%", "9.50"], Cells(forms[0], "项目资金"));

        var rows = forms.SelectMany(IndicatorRows).ToList();
        Assert.Equal(18, rows.Count);
        var evaluations = Directory.EnumerateFiles(EvaluatedSeed.Evaluations, "*.yml").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f).Where(l => l.StartsWith("    actual: ", StringComparison.Ordinal)).Select(l => l["    actual: ".Length..].Trim()))
            .ToList();
        Assert.Equal(18, evaluations.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (level1, level2, name, target, actual, weight, score) = rows[i];
            Assert.EndsWith("指标", level1, StringComparison.Ordinal);
            Assert.NotEmpty(level2);
            Assert.NotEmpty(name);
            Assert.NotEmpty(target);
            Assert.StartsWith(evaluations[i], actual, StringComparison.Ordinal); // 实际完成值 as written
            Assert.Matches(@"(✓ 完成|✗ 未完成)$", actual); // met or not in words, not by colour alone
            Assert.Matches(@"^\d+\.\d\d$", weight);
            Assert.Matches(@"^\d+\.\d\d", score);
        }

        Assert.Equal("200篇✗ 未完成", rows[0].Actual);
        Assert.Equal("14.50", rows[0].Score);
        Assert.Contains("与年初目标不一致", rows[3].Target, StringComparison.Ordinal);
        Assert.Equal(["88.78", "99.00", "96.50"], forms.Select(f => Cells(f, "总分")[1]));
        Assert.Equal(["良", "优", "优"], forms.Select(f => Cells(f, "评价等级")[0]));
    }

    [Fact]
    public void The_disclosure_page_links_each_evaluation_to_its_form_and_prints_the_form_in_its_place()
    {
        using var site = new TempFolder();
        EvaluatedSeed.CopyTo(site);
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates).ExitCode);

        var page = Parse(site.Join("output", "2020", "224002", "index.html"));
        var links = page.QuerySelectorAll(".evaluation-form-link a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, l => Assert.StartsWith("self-evaluation/index.html#project-", l, StringComparison.Ordinal));
        var form = Parse(site.Join("output", "2020", "224002", "self-evaluation", "index.html"));
        Assert.All(links, l => Assert.NotNull(form.GetElementById(l!.Split('#')[1])));
        // The same official form, for paper: site.css shows it in print in place of the screen block.
        Assert.Equal(3, page.QuerySelectorAll(".self-evaluation-print table.self-evaluation-form").Length);
    }

    [Fact]
    public void A_disclosure_without_evaluation_has_no_form_page_and_no_self_evaluation_markup()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates).ExitCode);

        Assert.False(Directory.Exists(site.Join("output", "2020", "224002", "self-evaluation")));
        var html = File.ReadAllText(site.Join("output", "2020", "224002", "index.html"));
        Assert.DoesNotContain("self-evaluation", html, StringComparison.Ordinal);
        Assert.DoesNotContain("自评", html, StringComparison.Ordinal);
    }

    private static IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));

    /// <summary>The data cells of the row (or, for 项目资金, the row under it) whose header says <paramref name="label"/>.</summary>
    private static List<string> Cells(IElement form, string label)
    {
        var row = form.QuerySelectorAll("tr").First(r => r.QuerySelector("th")?.TextContent == label);
        var values = label == "项目资金" ? row.NextElementSibling! : row;
        return [.. values.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Where(t => t.Length > 0)];
    }

    private static IEnumerable<(string Level1, string Level2, string Name, string Target, string Actual, string Weight, string Score)> IndicatorRows(IElement form)
    {
        var header = form.QuerySelectorAll("tr").First(r => r.QuerySelector("th")?.TextContent == "绩效指标");
        for (var row = header.NextElementSibling; row is not null && row.ClassName is not "se-total"; row = row.NextElementSibling)
        {
            var c = row.Children.Select(x => x.TextContent.Trim()).ToList();
            yield return (c[0], c[1], c[2], c[3], c[4].Replace("\n", "", StringComparison.Ordinal), c[5], c[6]);
        }
    }
}
