using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// 部门整体自评 (department-evaluation.yml), built by the real command from the fictional fixture beside the seed's
/// disclosure: the table on the disclosure page and on the 自评表 page shows every row as written, the total is the
/// sum of the scores (confirmed here by hand), and data.json carries it; a disclosure without one is unchanged.
/// </summary>
public sealed class DepartmentSelfEvaluationTests
{
    // The fixture's rows: 三级指标, 年初指标值, 全年完成值, 指标权重, 得分, as the file writes them.
    private static readonly (string Name, string Initial, string Actual, string Weight, string Score)[] Rows =
    [
        ("基本支出预算执行率", "≥95%", "98.6%", "10", "10"),
        ("项目支出预算执行率", "≥90%", "82.3%", "10", "9.14"),
        ("结转结余率", "≤10%", "8.2%", "10", "10"),
        ("“三公经费”控制率", "≤100%", "92%", "10", "10"),
        ("重点工作完成率", "=100%", "95%", "30", "28.5"),
        ("政务信息公开及时性", "好", "较好", "20", "16"),
        ("群众满意度", "≥90%", "91.5%", "10", "10"),
    ];

    [Fact]
    public void The_disclosure_page_shows_every_row_as_written_with_the_hand_checked_total_and_grade()
    {
        using var site = BuiltEvaluatedSeed();
        var page = Parse(site.Join("output", "2020", "224002", "index.html"));

        var section = page.QuerySelector("#part-one #department-self-evaluation")!;
        Assert.NotNull(section);
        Assert.Equal(Rows.Select(r => new[] { r.Name, r.Initial, r.Actual, r.Weight, r.Score }), BodyRows(section));
        var handTotal = 10m + 9.14m + 10m + 10m + 28.5m + 16m + 10m;
        Assert.Equal("93.64", handTotal.ToString("0.00", CultureInfo.InvariantCulture));
        Assert.Contains("总分 93.64，评价等级 优", Squeeze(section.QuerySelector(".evaluation-summary")!.TextContent), StringComparison.Ordinal);
        Assert.Equal(["总分（评价等级：优）", "100", "93.64", ""], section.QuerySelectorAll("tfoot tr > *").Select(c => c.TextContent.Trim()));
        // The adjusted target is shown where there is one; merged 一级 cells span their run of rows.
        Assert.Equal("≥85%", section.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td.target")[1].TextContent);
        Assert.Equal("4", section.QuerySelector("tbody th.level1")!.GetAttribute("rowspan"));
        Assert.NotNull(page.QuerySelector("nav.toc a[href='#department-self-evaluation']"));
        Assert.Contains("设备采购延至下一年度", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_self_evaluation_page_has_the_department_form_first_and_data_json_carries_it()
    {
        using var site = BuiltEvaluatedSeed();

        var form = Parse(site.Join("output", "2020", "224002", "self-evaluation", "index.html"));
        var sections = form.QuerySelectorAll("article > section").ToList();
        Assert.Equal("department-self-evaluation", sections[0].Id);
        Assert.Equal(7, BodyRows(sections[0]).Count);
        Assert.Contains("绩效自评表", form.Title, StringComparison.Ordinal);

        var data = JsonNode.Parse(File.ReadAllText(site.Join("output", "2020", "224002", "data.json")))!["department_evaluation"]!;
        Assert.Equal("93.64", data["total_score"]!.GetValue<string>());
        Assert.Equal("93.64", data["computed_total_score"]!.GetValue<string>());
        Assert.Equal("优", data["grade"]!.GetValue<string>());
        var rows = data["indicators"]!.AsArray();
        Assert.Equal(Rows.Select(r => r.Score), rows.Select(r => r!["score"]!.GetValue<string>()));
        Assert.Equal("≥85%", rows[1]!["adjusted"]!.GetValue<string>());
        Assert.Null(rows[2]!["adjusted"]);
        Assert.True(rows[0]!["core"]!.GetValue<bool>());
        Assert.Null(rows[2]!["core"]);
    }

    [Fact]
    public void A_stated_total_is_published_and_warned_about_when_it_differs_from_the_sum()
    {
        using var site = new TempFolder();
        var content = EvaluatedSeed.CopyTo(site);
        var file = Directory.EnumerateFiles(content, ContentLoader.DepartmentEvaluationFileName, SearchOption.AllDirectories).Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("conclusion: |", "total: 94\nconclusion: |", StringComparison.Ordinal));

        var result = CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning SG3391: 表上的总分 94 与各项得分之和 93.64 不同：发布表上的总分", result.StdErr, StringComparison.Ordinal);
        var data = JsonNode.Parse(File.ReadAllText(site.Join("output", "2020", "224002", "data.json")))!["department_evaluation"]!;
        Assert.Equal("94", data["total_score"]!.GetValue<string>());
        Assert.Equal("93.64", data["computed_total_score"]!.GetValue<string>());
    }

    [Fact]
    public void A_disclosure_without_a_department_evaluation_has_no_trace_of_one()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");

        var result = CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("部门整体自评", File.ReadAllText(site.Join("output", "2020", "224002", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("department_evaluation", File.ReadAllText(site.Join("output", "2020", "224002", "data.json")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Join("output", "2020", "224002", "self-evaluation")));
    }

    private static TempFolder BuiltEvaluatedSeed()
    {
        var site = new TempFolder();
        EvaluatedSeed.CopyTo(site);
        var result = CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates);
        Assert.True(result.ExitCode == 0, result.StdErr);
        return site;
    }

    /// <summary>Each body row's 三级指标, 年初指标值, 全年完成值, 指标权重 and 得分 (the adjusted column skipped).</summary>
    private static List<string[]> BodyRows(IElement section) =>
        [.. section.QuerySelectorAll("tbody tr").Select(tr =>
        {
            var targets = tr.QuerySelectorAll("td.target").Select(c => c.TextContent).ToList();
            var amounts = tr.QuerySelectorAll("td.amount").Select(c => c.TextContent).ToList();
            return new[] { tr.QuerySelector("th.level3")!.TextContent, targets[0], targets[^1], amounts[0], amounts[1] };
        })];

    private static string Squeeze(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));
}
