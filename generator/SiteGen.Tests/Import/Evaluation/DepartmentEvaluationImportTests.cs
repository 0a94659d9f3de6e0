using SiteGen.Import;
using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Evaluation;

/// <summary>
/// <c>sitegen import</c> of a fictional 部门整体支出绩效自评表 of the bundled department, in every channel the importer
/// reads: department-evaluation.yml beside its disclosure.yml with every value as the form wrote it (一级/二级 written
/// once and carried down), the 自评表 page built from it, and the located refusal of a form whose department is not
/// published.
/// </summary>
public sealed class DepartmentEvaluationImportTests
{
    private static readonly string[] Header = ["一级指标", "二级指标", "三级指标", "年初目标值", "调整后目标值", "全年实际完成值", "分值", "得分", "是否核心指标"];

    private static readonly string[][] Rows =
    [
        ["部门管理", "资金投入", "基本支出预算执行率", "≥95%", "/", "98.6%", "10", "10", "是"],
        ["", "", "项目支出预算执行率", "≥90%", "≥85%", "82.3%", "10", "9.14", "是"],
        ["", "财务管理", "结转结余率", "≤10%", "", "8.2%", "10", "10", "否"],
        ["", "", "“三公经费”控制率", "≤100%", "", "92%", "10", "10", ""],
        ["履职效能", "重点工作", "重点工作完成率", "=100%", "", "95%", "30", "28.5", "是"],
        ["", "社会效益", "政务信息公开及时性", "好", "", "较好", "20", "16", "否"],
        ["满意度", "服务对象满意度", "群众满意度", "≥90%", "", "91.5%", "10", "10", ""],
    ];

    private static IReadOnlyList<Block> Form(string department = SelfEvaluationForm.Department) =>
    [
        Heading("部门整体支出绩效自评表"),
        Line("（2020年度）"),
        Table([
            ["部门名称", department, "", "", "", "", "", "", ""],
            Header,
            .. Rows,
            ["总分", "", "", "", "", "", "100", "93.64", ""],
            ["自评结论", "（虚构）本年度部门整体支出绩效自评总分 93.64 分，等级为优。", "", "", "", "", "", "", ""],
        ]),
    ];

    [Theory]
    [MemberData(nameof(SelfEvaluationForm.Channels), MemberType = typeof(SelfEvaluationForm))]
    public void A_department_form_imports_beside_its_disclosure_and_the_self_evaluation_page_shows_it(string channel)
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        var disclosure = Directory.EnumerateDirectories(site.Join("content", "2020")).Single();
        var content = site.Join("content");

        var result = Importer.Import(new ImportOptions([SelfEvaluationForm.Write(site, channel, Form(), "部门整体自评表")], content, Site: ImportRun.BundledSite));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Imported);
        var file = Path.Join(disclosure, "department-evaluation.yml");
        Assert.Equal(file, Assert.Single(result.Evaluations!).File);
        string? level1 = null, level2 = null;
        for (var i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            level1 = row[0].Length > 0 ? row[0] : level1;
            level2 = row[1].Length > 0 ? row[1] : level2;
            Assert.Equal(level1, Field(file, $"indicators.{i}.level1"));
            Assert.Equal(level2, Field(file, $"indicators.{i}.level2"));
            Assert.Equal(row[2], Field(file, $"indicators.{i}.name"));
            Assert.Equal(row[3], Field(file, $"indicators.{i}.initial"));
            Assert.Equal(row[4] is "" or "/" ? null : row[4], Field(file, $"indicators.{i}.adjusted"));
            Assert.Equal(row[5], Field(file, $"indicators.{i}.actual"));
            Assert.Equal(row[6], Field(file, $"indicators.{i}.weight"));
            Assert.Equal(row[7], Field(file, $"indicators.{i}.score"));
            Assert.Equal(row[8] switch { "是" => "true", "否" => "false", _ => null }, Field(file, $"indicators.{i}.core"));
        }

        Assert.Equal("93.64", Field(file, "total"));
        Assert.StartsWith("（虚构）本年度部门整体支出绩效自评总分", Field(file, "conclusion"), StringComparison.Ordinal);

        var build = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Templates, site.Join("output")));
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        var page = File.ReadAllText(site.Join("output", "2020", "224002", "self-evaluation", "index.html"));
        foreach (var row in Rows)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(row[2]), page, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(row[5]), page, StringComparison.Ordinal);
        }

        Assert.Contains("93.64", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SelfEvaluationForm.Channels), MemberType = typeof(SelfEvaluationForm))]
    public void What_the_department_form_holds_beyond_its_fields_is_reported_where_it_is_never_dropped_silently(string channel)
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        IReadOnlyList<Block> form =
        [
            Heading("部门整体支出绩效自评表"),
            Line("（2020年度）"),
            Table([
                ["部门名称", SelfEvaluationForm.Department, "", "", "", "", "", ""],
                ["年度预算数", "120.00", "全年执行数", "110.00", "", "", "", ""],
                ["一级指标", "二级指标", "三级指标", "年初目标值", "全年实际完成值", "分值", "得分", "偏差原因分析"],
                ["部门管理", "资金投入", "基本支出预算执行率", "≥95%", "98.6%", "50", "50", "无"],
                ["履职效能", "", "", "", "", "", "", "重点工作另见报告。"],
                ["", "重点工作", "重点工作完成率", "=100%", "95%", "50", "47.5", "一项工作延至次年。"],
                ["总分", "", "", "", "", "100", "97.5", ""],
            ]),
        ];
        var file = SelfEvaluationForm.Write(site, channel, form, "部门整体自评表");

        var result = Importer.Import(new ImportOptions([file], site.Join("content"), Site: ImportRun.BundledSite));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var yaml = Path.Join(Directory.EnumerateDirectories(site.Join("content", "2020")).Single(), "department-evaluation.yml");
        Assert.Equal(["基本支出预算执行率", "重点工作完成率"], Enumerable.Range(0, 2).Select(i => Field(yaml, $"indicators.{i}.name")));
        Assert.Equal("履职效能", Field(yaml, "indicators.1.level1"));
        Assert.Equal("47.5", Field(yaml, "indicators.1.score"));
        Assert.Null(Field(yaml, "indicators.2.name"));
        var text = File.ReadAllText(yaml);
        Assert.DoesNotContain("延至次年", text, StringComparison.Ordinal);
        Assert.DoesNotContain("110.00", text, StringComparison.Ordinal);
        var leftOut = result.Diagnostics.Where(d => d.Code == "SG7221").ToList();
        Assert.All(leftOut, d => Assert.Equal(file, d.Location.Path));
        Assert.Contains(leftOut, d => d.Message.Contains("“年度预算数 | 120.00 | 全年执行数 | 110.00”", StringComparison.Ordinal));
        Assert.Contains(leftOut, d => d.Message.Contains("列 “偏差原因分析”", StringComparison.Ordinal));
        Assert.Contains(leftOut, d => d.Message.Contains("重点工作另见报告。", StringComparison.Ordinal));
        Assert.Equal(3, leftOut.Count);
    }

    [Fact]
    public void A_department_form_of_a_department_that_is_not_published_is_refused_at_its_name_and_nothing_is_written()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        var file = SelfEvaluationForm.Write(site, "txt", Form("临西县不存在局"), "部门整体自评表");

        var result = Importer.Import(new ImportOptions([file], site.Join("content"), Site: ImportRun.BundledSite));

        Assert.False(result.Succeeded);
        var refusal = Assert.Single(result.Diagnostics, d => d.Code == "SG7208");
        Assert.Equal(file, refusal.Location.Path);
        Assert.Equal("临西县不存在局", File.ReadAllLines(file)[refusal.Location.Line - 1].Split('|', StringSplitOptions.TrimEntries)[2]);
        Assert.Empty(Directory.EnumerateFiles(site.Join("content"), "department-evaluation.yml", SearchOption.AllDirectories));
    }
}
