using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Forms;

/// <summary>
/// A single-project 申报表 as other provinces publish it, in each channel: label synonyms (年度资金总额, 资金情况（万元）,
/// 其中：财政拨款, 项目负责人及电话, 实施单位, 项目期限), 总体目标 and 年度目标 side by side under one 绩效目标, the target
/// split over 指标性质 / 指标值 / 度量单位, weights in the 一级 cell and in a 分值 column, the header repeated after a page
/// break, and a 合计 row that is not an indicator.
/// </summary>
public sealed class DeclarationFormTests
{
    private static readonly string[] Header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标解释", "分值"];

    private static readonly string[][] IndicatorRows =
    [
        ["产出指标(50分)", "数量指标", "维修工程数量", "≥", "20", "处", "年度内维修的工程数", "20"],
        ["", "质量指标", "工程验收合格率", "=", "100", "%", "验收合格的工程比例", "15"],
        ["", "时效指标", "完工时间", "≤", "12", "月", "", "15"],
        ["效益指标(30分)", "社会效益指标", "受益人口", "≥", "5", "万人", "", "30"],
        ["满意度指标(10分)", "服务对象满意度指标", "群众满意度", "定性", "满意", "", "", "10"],
    ];

    /// <summary>The targets as the page must show them: the three cells joined, 定性 not part of the value.</summary>
    private static readonly string[] Targets = ["≥20处", "=100%", "≤12月", "≥5万人", "满意"];

    internal static IReadOnlyList<Block> Form =>
    [
        Heading("临西县2021年度项目支出绩效目标申报表"),
        Table([
            ["项目名称", "农村饮水安全维修养护", "主管部门", "临西县水利局"],
            ["实施单位", "临西县农村供水站", "项目负责人及电话", "张三 0319-1234567"],
            ["项目属性", "延续", "项目期限", "2021年1月—12月"],
            ["资金情况（万元）", "年度资金总额", "50.00"],
            ["", "其中：财政拨款", "45.00"],
            ["", "其他资金", "5.00"],
            ["资金用途", "全县农村饮水工程维修养护。"],
            ["绩效目标", "总体目标", "年度目标"],
            ["", "1、三年内全县农村饮水工程完好率达到95%。", "1、完成20处工程维修。\n2、保障5万人饮水安全。"],
            Header,
            .. IndicatorRows[..3],
            Header, // repeated at the top of the next page
            .. IndicatorRows[3..],
            ["合计", "", "", "", "", "", "", "90"],
        ]),
    ];

    public static TheoryData<string> Channels => ["html", "xlsx", "txt"];

    private static string Write(TempFolder folder, string channel) => channel switch
    {
        "html" => Html(folder, "申报表.html", Form, "gbk"),
        "xlsx" => Xlsx(folder, "申报表.xlsx", ("项目申报表", Form)),
        _ => PipeText(folder, "申报表.txt", Form),
    };

    [Theory]
    [MemberData(nameof(Channels))]
    public void A_declaration_form_imports_field_by_field_as_written_and_its_page_shows_every_target(string channel)
    {
        using var folder = new TempFolder();
        var run = ImportFile(folder, Write(folder, channel), departmentCode: "213001");

        Assert.True(run.Result.Succeeded, run.Report);
        var disclosure = Path.Join(run.DisclosureFolder, "disclosure.yml");
        Assert.Equal("2021", Field(disclosure, "year"));
        Assert.Equal("临西县水利局", Field(disclosure, "department.name"));
        Assert.Equal("万元", Field(disclosure, "money_unit"));
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("农村饮水安全维修养护", Field(p, "name"));
        Assert.Equal("临西县水利局", Field(p, "supervising_department"));
        Assert.Equal("临西县农村供水站", Field(p, "implementing_unit"));
        Assert.Equal("张三 0319-1234567", Field(p, "manager"));
        Assert.Equal("延续", Field(p, "attribute"));
        Assert.Equal("2021年1月—12月", Field(p, "period"));
        Assert.Equal("50.00", Field(p, "budget.total"));
        Assert.Equal("45.00", Field(p, "budget.fiscal"));
        Assert.Equal("5.00", Field(p, "budget.other"));
        Assert.Equal("全县农村饮水工程维修养护。", Field(p, "purpose")?.TrimEnd());
        Assert.Equal("三年内全县农村饮水工程完好率达到95%。", Field(p, "long_term_goals.0"));
        Assert.Equal("完成20处工程维修。", Field(p, "goals.0"));
        Assert.Equal("保障5万人饮水安全。", Field(p, "goals.1"));
        Assert.Null(Field(p, "goals.2"));
        Assert.Equal(IndicatorRows.Length, Count(p, "indicators")); // no repeated header, no 合计
        for (var i = 0; i < IndicatorRows.Length; i++)
        {
            var row = IndicatorRows[i];
            var level1 = IndicatorRows.Take(i + 1).Last(r => r[0].Length > 0)[0];
            Assert.Equal(level1, Field(p, $"indicators.{i}.level1")); // 产出指标(50分), as written
            Assert.Equal(row[1], Field(p, $"indicators.{i}.level2"));
            Assert.Equal(row[2], Field(p, $"indicators.{i}.name"));
            Assert.Equal(Targets[i], Field(p, $"indicators.{i}.target"));
            Assert.Equal(row[6].Length == 0 ? null : row[6], Field(p, $"indicators.{i}.description"));
            Assert.Equal(row[7], Field(p, $"indicators.{i}.weight"));
        }

        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Severity == SiteGen.Diagnostics.Severity.Error);
        var page = BuildPage(folder, run);
        Assert.All(Targets, target => Assert.Contains($"<td class=\"target\">{Escaped(target)}</td>", page, StringComparison.Ordinal));
        Assert.Contains("产出指标(50分)", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">合计<", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_columns_in_another_order_without_a_level1_column_keep_standard_and_expected_value_columns()
    {
        using var folder = new TempFolder();
        var form = new List<Block>
        {
            Heading("2020年度项目绩效目标表"),
            Table([
                ["项目名称", "乡村道路养护"],
                ["预算数", "8.00"],
                ["资金用途", "养护乡村道路。"],
                ["项目年度目标", "完成道路养护30公里。"],
                ["三级指标", "当年预期实现值", "二级指标", "计量单位", "绩效标准", "指标解释"],
                ["养护里程", "≥30", "数量指标", "公里", "计划标准", "年度养护的道路里程"],
                ["养护合格率", "≥95", "质量指标", "%", "行业标准", ""],
                ["效益指标", "", "", "", "", ""], // a group row names the 一级 over the rows below
                ["通行条件", "明显改善", "社会效益指标", "", "历史标准", ""],
                ["评价结论", "", "", "", "", ""],
            ]),
        };

        var run = ImportFile(folder, Html(folder, "表.html", form), departmentCode: "224003", departmentName: "临西县交通运输局");

        Assert.True(run.Result.Succeeded, run.Report);
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("完成道路养护30公里。", Field(p, "goals.0"));
        Assert.Equal(3, Count(p, "indicators"));
        Assert.Equal(["产出指标", "产出指标", "效益指标"], Enumerable.Range(0, 3).Select(i => Field(p, $"indicators.{i}.level1")));
        Assert.Equal(["≥30公里", "≥95%", "明显改善"], Enumerable.Range(0, 3).Select(i => Field(p, $"indicators.{i}.target")));
        Assert.Equal(["计划标准", "行业标准", "历史标准"], Enumerable.Range(0, 3).Select(i => Field(p, $"indicators.{i}.basis")));
        Assert.Equal("年度养护的道路里程", Field(p, "indicators.0.description"));
        Assert.Contains(run.Result.Diagnostics, d => d.Code == "SG7108"); // 产出指标 came from 数量指标: said, not silent
        var page = BuildPage(folder, run);
        Assert.All(["≥30公里", "≥95%", "明显改善"], target => Assert.Contains($"<td class=\"target\">{Escaped(target)}</td>", page, StringComparison.Ordinal));
    }

    [Fact]
    public void A_goal_that_reads_like_a_column_header_is_never_taken_as_the_goal()
    {
        using var folder = new TempFolder();
        var form = new List<Block>
        {
            Heading("2020年度项目绩效目标表"),
            Table([
                ["项目名称", "乡村道路养护"],
                ["预算数", "8.00"],
                ["资金用途", "养护乡村道路。"],
                ["总体目标", "年度目标"],
                ["五年内全县乡村道路全部达标。", "完成道路养护30公里。"],
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "养护里程", "≥30公里"],
            ]),
        };

        var run = ImportFile(folder, PipeText(folder, "表.txt", form), departmentCode: "224003", departmentName: "临西县交通运输局");

        Assert.True(run.Result.Succeeded, run.Report);
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("完成道路养护30公里。", Field(p, "goals.0"));
        Assert.Equal("五年内全县乡村道路全部达标。", Field(p, "long_term_goals.0"));
        Assert.DoesNotContain("年度目标", File.ReadAllText(p).Split("# ", 2)[0] + Field(p, "goals.0"), StringComparison.Ordinal);
    }
}
