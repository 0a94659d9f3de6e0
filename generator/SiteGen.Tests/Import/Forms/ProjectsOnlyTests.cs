using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Forms;

/// <summary>
/// Single-project forms (申报表) have no 第一部分, often no unit line and no 项目编码: the disclosure is projects only,
/// the unit comes from --department-code/--department-name, the code stays blank and the page says there is no Part 1.
/// </summary>
public sealed class ProjectsOnlyTests
{
    internal static readonly string[][] Indicators =
    [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥300人次"],
        ["", "质量指标", "培训合格率", "≥95%"],
        ["效益指标", "社会效益指标", "群众知晓率", "明显提高"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", ">=90%"],
    ];

    private static IReadOnlyList<SiteGen.Import.Sources.Block> Form =>
    [
        Heading("2022年度项目绩效目标申报表"),
        Table([
            ["项目名称", "基层干部网络安全培训"],
            ["主管部门", "临西县委网信办"],
            ["预算数", "12.50"],
            ["财政资金", "12.50"],
            ["其他资金", ""],
            ["资金用途", "组织全县基层干部网络安全培训两期。"],
            ["绩效目标", "1、完成培训300人次。\n2、提高基层干部网络安全意识。"],
            .. Indicators,
        ]),
    ];

    [Fact]
    public void A_single_project_web_page_without_part_one_unit_line_or_code_imports_and_its_page_says_there_is_no_part_one()
    {
        using var folder = new TempFolder();
        var run = ImportFile(folder, Html(folder, "申报表.html", Form), departmentCode: "224002");

        Assert.True(run.Result.Succeeded, run.Report);
        var disclosure = Path.Join(run.DisclosureFolder, "disclosure.yml");
        Assert.Equal("2022", Field(disclosure, "year"));
        Assert.Equal("224002", Field(disclosure, "department.code"));
        Assert.Equal("临西县委网信办", Field(disclosure, "department.name")); // the form's 主管部门, as written
        Assert.Null(Field(disclosure, "overall_goals"));
        var project = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("", Field(project, "code")); // blank, as the form left it
        Assert.Equal("基层干部网络安全培训", Field(project, "name"));
        Assert.Equal("12.50", Field(project, "budget.total"));
        Assert.Equal("12.50", Field(project, "budget.fiscal"));
        Assert.Equal("", Field(project, "budget.other"));
        Assert.Equal("完成培训300人次。", Field(project, "goals.0"));
        Assert.Equal("提高基层干部网络安全意识。", Field(project, "goals.1"));
        Assert.Equal(Indicators.Length - 1, Count(project, "indicators"));
        for (var i = 1; i < Indicators.Length; i++)
        {
            Assert.Equal(Indicators[i][2], Field(project, $"indicators.{i - 1}.name"));
            Assert.Equal(Indicators[i][3], Field(project, $"indicators.{i - 1}.target"));
        }

        Assert.Equal("质量指标", Field(project, "indicators.1.level2"));
        Assert.Equal("产出指标", Field(project, "indicators.1.level1")); // carried down the merged cell
        Assert.Contains(run.Result.Diagnostics, d => d.Code == "SG7107");

        var page = BuildPage(folder, run);
        Assert.Contains("没有第一部分（部门整体绩效目标）", page, StringComparison.Ordinal);
        Assert.DoesNotContain("总体绩效目标", page, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"2\" class=\"code\"></td>", page, StringComparison.Ordinal);
        Assert.All(Indicators.Skip(1), row => Assert.Contains($"<td class=\"target\">{Escaped(row[3])}</td>", page, StringComparison.Ordinal));
    }

    [Fact]
    public void The_key_of_a_project_without_a_code_comes_from_its_name_alone_and_is_never_shown_as_its_code()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var one = ImportFile(first, Html(first, "a.html", Form), "224002", "县委网信办");
        var other = ImportFile(second, PipeText(second, "b.txt", [Heading("2023年度项目绩效目标申报表"), .. Form.Skip(1)]), "224009", "另一个单位");

        var anchors = new[] { BuildPage(first, one), BuildPage(second, other) }
            .Select(page => System.Text.RegularExpressions.Regex.Match(page, "id=\"(project-xm-[0-9a-f]{10})\"").Groups[1].Value).ToList();

        Assert.NotEqual("", anchors[0]);
        Assert.Equal(anchors[0], anchors[1]); // same name, other year, other unit, other channel: the same key
        var key = anchors[0]["project-".Length..];
        Assert.DoesNotContain(key, File.ReadAllText(Directory.EnumerateFiles(Path.Join(one.DisclosureFolder, "projects")).Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_unit_in_the_document_or_on_the_command_line_the_refusal_names_the_options()
    {
        using var folder = new TempFolder();
        var form = Form.Select(b => b is SiteGen.Import.Sources.Table t
            ? t with { Rows = [.. t.Rows.Where(r => r.Cells[0].Text != "主管部门")] }
            : b).ToList();

        var run = ImportFile(folder, Html(folder, "申报表.html", form));

        Assert.False(run.Result.Succeeded);
        var refusal = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7003");
        Assert.Contains("--department-code", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("--department-name", refusal.Message, StringComparison.Ordinal);
        Assert.NotEqual(1, refusal.Location.Line); // at the project table, not (1,1)
        Assert.False(Directory.Exists(run.ContentDir) && Directory.EnumerateFileSystemEntries(run.ContentDir).Any());
    }
}
