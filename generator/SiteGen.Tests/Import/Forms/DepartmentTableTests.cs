using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Forms;

/// <summary>
/// Part 1 written as a table (部门整体绩效目标表): the unit, its funds, 年度总体目标, then department-level indicator
/// rows with a project's columns; as a GBK web page and as a workbook of two sheets with merged cells.
/// </summary>
public sealed class DepartmentTableTests
{
    private static readonly string[][] DepartmentIndicators =
    [
        ["产出指标", "数量指标", "网络安全检查单位数", "≥30个"],
        ["", "质量指标", "检查问题整改率", "=100%"],
        ["效益指标", "社会效益指标", "网络安全事件发生数", "0起"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];

    private static readonly string[] Level1 = ["产出指标", "产出指标", "效益指标", "满意度指标"];

    internal static IReadOnlyList<Block> DepartmentPart =>
    [
        Heading("临西县2021年度部门整体绩效目标表"),
        Table([
            ["部门名称", "中共临西县委网络安全和信息化委员会办公室", "部门编码", "224002"],
            ["年度预算（万元）", "资金总额", "120.00"],
            ["", "其中：财政拨款", "100.00"],
            ["年度总体目标", "1、全年网络安全事件零发生。\n2、网上正面宣传持续加强。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            .. DepartmentIndicators,
        ]),
    ];

    internal static IReadOnlyList<Block> ProjectPart =>
    [
        Heading("1、临西新闻网平台维护费绩效目标表"),
        Table([
            ["项目编码", "224-0603-YBN-W8XP"],
            ["项目名称", "临西新闻网平台维护费"],
            ["预算数", "10.00"],
            ["资金用途", "新闻网平台维护。"],
            ["绩效目标", "1、保障网站正常运行。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "更新新闻数", "≥230篇"],
            ["效益指标", "社会效益指标", "网站正常运行率", "≥99%"],
            ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"],
        ]),
    ];

    public static TheoryData<string> Channels => ["html", "xlsx"];

    [Theory]
    [MemberData(nameof(Channels))]
    public void A_department_level_table_imports_into_part_one_and_the_page_shows_its_indicators_in_the_official_table(string channel)
    {
        using var folder = new TempFolder();
        var file = channel == "html"
            ? Html(folder, "整体.html", [.. DepartmentPart, .. ProjectPart], "gbk")
            : Xlsx(folder, "整体.xlsx", ("部门整体", DepartmentPart), ("项目表", ProjectPart));

        var run = ImportFile(folder, file);

        Assert.True(run.Result.Succeeded, run.Report);
        var d = Path.Join(run.DisclosureFolder, "disclosure.yml");
        Assert.Equal("2021", Field(d, "year"));
        Assert.Equal("224002", Field(d, "department.code"));
        Assert.Equal("中共临西县委网络安全和信息化委员会办公室", Field(d, "department.name"));
        Assert.Equal("全年网络安全事件零发生。", Field(d, "overall_goals.items.0"));
        Assert.Equal("网上正面宣传持续加强。", Field(d, "overall_goals.items.1"));
        Assert.Equal(DepartmentIndicators.Length, Count(d, "department_indicators"));
        for (var i = 0; i < DepartmentIndicators.Length; i++)
        {
            Assert.Equal(Level1[i], Field(d, $"department_indicators.{i}.level1"));
            Assert.Equal(DepartmentIndicators[i][1], Field(d, $"department_indicators.{i}.level2"));
            Assert.Equal(DepartmentIndicators[i][2], Field(d, $"department_indicators.{i}.name"));
            Assert.Equal(DepartmentIndicators[i][3], Field(d, $"department_indicators.{i}.target"));
        }

        // The funds have no field yet: said, with where they are, not dropped silently.
        Assert.Contains(run.Result.Diagnostics, x => x.Code == "SG7102" && x.Message.Contains("年度预算", StringComparison.Ordinal));
        var project = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("224-0603-YBN-W8XP", Field(project, "code"));
        Assert.Equal("10.00", Field(project, "budget.total"));

        var page = BuildPage(folder, run);
        var part = page[page.IndexOf("id=\"department-indicators\"", StringComparison.Ordinal)..page.IndexOf("id=\"part-two\"", StringComparison.Ordinal)];
        Assert.Contains("中共临西县委网络安全和信息化委员会办公室部门整体绩效目标表</caption>", part, StringComparison.Ordinal);
        Assert.All(DepartmentIndicators, row => Assert.Contains($"<td class=\"target\">{Escaped(row[3])}</td>", part, StringComparison.Ordinal));
        Assert.Contains("rowspan=\"2\" class=\"level1\">产出指标</th>", part, StringComparison.Ordinal); // merged as the official form
        Assert.Contains("一是", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Department_level_indicators_are_checked_against_the_framework()
    {
        using var folder = new TempFolder();
        var wrong = DepartmentPart.Select(b => b is Table t
            ? t with { Rows = [.. t.Rows.Select(r => r.Cells[^1].Text == "=100%" ? r with { Cells = [r.Cells[0], r.Cells[1] with { Text = "经济效益指标" }, r.Cells[2], r.Cells[3]] } : r)] }
            : b).ToList();

        var run = ImportFile(folder, Html(folder, "整体.html", [.. wrong, .. ProjectPart]));

        var error = Assert.Single(run.Result.Diagnostics, x => x.Code == "SG3001");
        Assert.EndsWith("disclosure.yml", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("经济效益指标", error.Message, StringComparison.Ordinal);
    }
}
