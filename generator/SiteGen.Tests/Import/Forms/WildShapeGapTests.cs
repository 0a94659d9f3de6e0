using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Forms;

/// <summary>
/// The shapes of "Forms in the wild" that the other form tests do not write: one workbook table holding many projects,
/// a 公示 notice with its targets in sentences (★ for the core ones), a department table with a 保障措施 column and
/// 总分 / 评价结论 rows, a blank 资金用途, a table continued across a page break, 中长期 and 年度 target columns side by
/// side. Each is imported from a document the test writes, then built, and the page shows every target as written.
/// </summary>
public sealed class WildShapeGapTests
{
    /// <summary>One project per group of rows, its name, amount, purpose and goal merged down over its indicator rows.</summary>
    internal static IReadOnlyList<Block> FlatWorkbook =>
    [
        Line("临西县2021年度项目支出绩效目标表"),
        Line("单位：万元"),
        Table([
            ["项目名称", "资金总额", "资金用途", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
            ["乡村道路养护", "8.00", "养护乡村道路。", "完成道路养护30公里。", "产出指标", "数量指标", "养护里程", "≥", "30", "公里"],
            ["", "", "", "", "", "质量指标", "养护合格率", "≥", "95", "%"],
            ["", "", "", "", "效益指标", "社会效益指标", "通行条件", "定性", "明显改善", ""],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
            ["农村饮水安全维修养护", "50.00", "全县农村饮水工程维修养护。", "完成20处工程维修。", "产出指标", "数量指标", "维修工程数量", "≥", "20", "处"],
            ["", "", "", "", "效益指标", "社会效益指标", "受益人口", "≥", "5", "万人"],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
            ["合计", "58.00", "", "", "", "", "", "", "", ""],
        ]),
    ];

    private static readonly (string Project, string Name, string Target)[] FlatTargets =
    [
        ("乡村道路养护", "养护里程", "≥30公里"), ("乡村道路养护", "养护合格率", "≥95%"), ("乡村道路养护", "通行条件", "明显改善"),
        ("乡村道路养护", "群众满意度", "≥90%"), ("农村饮水安全维修养护", "维修工程数量", "≥20处"),
        ("农村饮水安全维修养护", "受益人口", "≥5万人"), ("农村饮水安全维修养护", "群众满意度", "≥90%"),
    ];

    public static TheoryData<string> FlatChannels => ["xlsx", "html"];

    [Theory]
    [MemberData(nameof(FlatChannels))]
    public void One_table_with_many_projects_becomes_one_project_file_each_and_the_page_shows_every_target(string channel)
    {
        using var folder = new TempFolder();
        var file = channel == "xlsx" ? Xlsx(folder, "一体化导出.xlsx", ("项目绩效目标", FlatWorkbook)) : Html(folder, "一体化导出.html", FlatWorkbook, "gbk");

        var run = ImportFile(folder, file, departmentCode: "224003", departmentName: "临西县交通运输局");

        Assert.True(run.Result.Succeeded, run.Report);
        var files = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count); // no third project called 合计
        Assert.Equal("万元", Field(Path.Join(run.DisclosureFolder, "disclosure.yml"), "money_unit"));
        Assert.Equal(["乡村道路养护", "农村饮水安全维修养护"], files.Select(f => Field(f, "name")));
        Assert.Equal(["8.00", "50.00"], files.Select(f => Field(f, "budget.total"))); // 8 shown as 8.00 stays 8.00
        Assert.Equal("完成20处工程维修。", Field(files[1], "goals.0"));
        Assert.Equal("全县农村饮水工程维修养护。", Field(files[1], "purpose")?.TrimEnd());
        foreach (var group in FlatTargets.GroupBy(t => t.Project))
        {
            var p = files.Single(f => Field(f, "name") == group.Key);
            Assert.Equal(group.Select(t => t.Name), Enumerable.Range(0, Count(p, "indicators")).Select(i => Field(p, $"indicators.{i}.name")));
            Assert.Equal(group.Select(t => t.Target), Enumerable.Range(0, Count(p, "indicators")).Select(i => Field(p, $"indicators.{i}.target")));
        }

        Assert.Equal("效益指标", Field(files[1], "indicators.1.level1")); // not carried over from the project above
        Assert.Contains(run.Result.Diagnostics, d => d.Code == "SG7102" && d.Message.Contains("合计", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Severity == SiteGen.Diagnostics.Severity.Error);
        AssertPagesShow(folder, run, FlatTargets.Select(t => t.Target));
    }

    /// <summary>A 公示 as a county portal posts it: the project's facts as 标签：值 lines, the indicators in sentences.</summary>
    internal static IReadOnlyList<Block> Notice =>
    [
        Heading("临西县水利局2021年度项目支出绩效目标公示"),
        Line("根据预算绩效管理工作要求，现将我局2021年度项目支出绩效目标公示如下："),
        Line("一、项目名称：农村饮水安全维修养护"),
        Line("二、主管部门：临西县水利局"),
        Line("三、年度资金总额：50.00万元"),
        Line("四、资金用途：全县农村饮水工程维修养护。"),
        Line("五、年度绩效目标：完成20处工程维修，保障5万人饮水安全。"),
        Line("六、绩效指标（★为核心指标）"),
        Line("（一）产出指标"),
        Line("1.数量指标：维修工程数量≥20处★；"),
        Line("2.质量指标：工程验收合格率=100%，水质达标率≥95%★。"),
        Line("3.时效指标：完工时间在年底前。"),
        Line("（二）效益指标"),
        Line("社会效益指标：受益人口≥5万人★。"),
        Line("（三）满意度指标"),
        Line("服务对象满意度指标：群众满意度不低于90%。"),
        Line("公示期为2021年3月1日至3月5日，如有意见请联系县水利局。"),
    ];

    private static readonly (string Name, string Target, bool Core)[] NoticeTargets =
    [
        ("维修工程数量", "≥20处", true), ("工程验收合格率", "=100%", false), ("水质达标率", "≥95%", true),
        ("受益人口", "≥5万人", true), ("群众满意度", "不低于90%", false),
    ];

    public static TheoryData<string> NoticeChannels => ["txt", "html"];

    [Theory]
    [MemberData(nameof(NoticeChannels))]
    public void A_notice_with_targets_in_sentences_imports_each_one_with_its_star_and_says_which_it_could_not_split(string channel)
    {
        using var folder = new TempFolder();
        var file = channel == "html" ? Html(folder, "公示.html", Notice, "gbk") : PlainText(folder, "公示.txt", Notice);

        var run = ImportFile(folder, file, departmentCode: "213001");

        Assert.True(run.Result.Succeeded, run.Report);
        var d = Path.Join(run.DisclosureFolder, "disclosure.yml");
        Assert.Equal("2021", Field(d, "year"));
        Assert.Equal("临西县水利局", Field(d, "department.name"));
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("农村饮水安全维修养护", Field(p, "name"));
        Assert.Equal("50.00", Field(p, "budget.total"));
        Assert.Equal("万元", Field(d, "money_unit"));
        Assert.Equal("全县农村饮水工程维修养护。", Field(p, "purpose")?.TrimEnd());
        Assert.Equal("完成20处工程维修，保障5万人饮水安全。", Field(p, "goals.0"));
        Assert.Equal(NoticeTargets.Length, Count(p, "indicators"));
        for (var i = 0; i < NoticeTargets.Length; i++)
        {
            Assert.Equal(NoticeTargets[i].Name, Field(p, $"indicators.{i}.name"));
            Assert.Equal(NoticeTargets[i].Target, Field(p, $"indicators.{i}.target"));
            Assert.Equal(NoticeTargets[i].Core ? "true" : null, Field(p, $"indicators.{i}.core"));
        }

        Assert.Equal(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"], Enumerable.Range(0, 5).Select(i => Field(p, $"indicators.{i}.level1")));
        Assert.Equal("质量指标", Field(p, "indicators.2.level2"));

        // “完工时间在年底前” has no operator to split the name from the value at: said where it is, not guessed.
        var unsplit = Assert.Single(run.Result.Diagnostics, x => x.Code == "SG7102" && x.Message.Contains("完工时间在年底前", StringComparison.Ordinal));
        Assert.Equal(Path.GetFileName(file), Path.GetFileName(unsplit.Location.Path));
        Assert.Contains(run.Result.Diagnostics, x => x.Code == "SG7111" && x.Message.Contains("公示期", StringComparison.Ordinal));

        var page = AssertPagesShow(folder, run, NoticeTargets.Select(t => t.Target));
        Assert.Equal(3, CountOf(page, "class=\"core-mark\""));
    }

    [Fact]
    public void A_notice_line_with_a_target_but_no_level2_is_reported_as_the_notices_never_as_a_sentence_import_cannot_read()
    {
        using var folder = new TempFolder();
        IReadOnlyList<Block> notice =
        [
            Heading("2021年度项目支出绩效目标公示"),
            Line("项目名称：饮水工程维修"),
            Line("主管部门：临西县水利局"),
            Line("年度资金总额：5.00万元"),
            Line("资金用途：维修饮水工程。"),
            Line("年度绩效目标：维修2处工程。"),
            Line("数量指标：维修数量≥2处★。"),
            Line("满意度指标：群众满意度达到90%。"),
        ];

        var run = ImportFile(folder, PlainText(folder, "公示.txt", notice), departmentCode: "213001");

        Assert.True(run.Result.Succeeded, run.Report);
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal(1, Count(p, "indicators"));
        Assert.Equal("≥2处", Field(p, "indicators.0.target"));
        var said = Assert.Single(run.Result.Diagnostics, x => x.Code == "SG7111");
        Assert.Contains("群众满意度达到90%", said.Message, StringComparison.Ordinal);
        Assert.Contains("二级指标：指标名称 指标值", said.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("只读表格", said.Message, StringComparison.Ordinal); // the notice's sentences are read: only this one could not be placed
    }

    internal static IReadOnlyList<Block> DepartmentWithMeasures =>
    [
        Heading("临西县2021年度部门整体绩效目标表"),
        Table([
            ["部门名称", "中共临西县委网络安全和信息化委员会办公室", "部门编码", "224002"],
            ["年度总体目标", "1、全年网络安全事件零发生。", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值", "保障措施"],
            ["产出指标", "数量指标", "网络安全检查单位数", "≥30个", "制定检查计划，按月开展。"],
            ["", "质量指标", "检查问题整改率", "=100%", "建立整改台账。"],
            ["效益指标", "社会效益指标", "网络安全事件发生数", "0起", ""],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", ""],
            ["总分", "", "", "100", ""],
            ["评价结论", "优", "", "", ""],
            ["保障措施", "1、加强组织领导。\n2、落实经费保障。", "", "", ""],
        ]),
        // The project of the department table's test, its form closed by a 总分 and a 评价结论 row.
        .. DepartmentTableTests.ProjectPart.Select(b => b is Table t ? t with { Rows = [.. t.Rows, .. Table(["总分100", "", "", ""], ["评价结论：优", "", "", ""]).Rows] } : b),
    ];

    [Fact]
    public void A_measures_column_and_total_and_conclusion_rows_are_reported_never_taken_as_indicators()
    {
        using var folder = new TempFolder();
        var run = ImportFile(folder, Html(folder, "整体.html", DepartmentWithMeasures));

        Assert.True(run.Result.Succeeded, run.Report);
        var d = Path.Join(run.DisclosureFolder, "disclosure.yml");
        Assert.True(Count(d, "department_indicators") > 0, File.ReadAllText(d) + run.Report);
        Assert.Equal(["网络安全检查单位数", "检查问题整改率", "网络安全事件发生数", "群众满意度"],
            Enumerable.Range(0, Count(d, "department_indicators")).Select(i => Field(d, $"department_indicators.{i}.name")));
        Assert.Equal("≥30个", Field(d, "department_indicators.0.target")); // not the 保障措施 beside it
        Assert.Null(Field(d, "department_indicators.0.description"));
        Assert.Equal("加强组织领导。", Field(d, "measures.items.0"));
        Assert.Equal("落实经费保障。", Field(d, "measures.items.1"));
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal(3, Count(p, "indicators"));
        Assert.Contains(run.Result.Diagnostics, x => x.Code == "SG7102" && x.Message.Contains("保障措施", StringComparison.Ordinal) && x.Message.Contains("列 “保障措施”", StringComparison.Ordinal));
        Assert.All((string[])["“总分”", "“评价结论”", "“总分100”", "“评价结论：优”"], row =>
            Assert.Contains(run.Result.Diagnostics, x => x.Code == "SG7102" && x.Message.Contains(row, StringComparison.Ordinal)));

        var page = AssertPagesShow(folder, run, ["≥30个", "=100%", "0起", "≥90%", "≥230篇", "≥99%"]);
        Assert.DoesNotContain("制定检查计划", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">总分", page, StringComparison.Ordinal);
    }

    /// <summary>A training project's own rows, above its indicator header.</summary>
    private static readonly string[][] TrainingProject =
        [["项目名称", "基层干部网络安全培训"], ["预算数", "12.50"], ["资金用途", "组织培训。"], ["绩效目标", "完成培训300人次。"]];

    public static TheoryData<string> MeasureRowChannels => ["txt", "html", "xlsx"];

    /// <summary>A project's 保障措施 and 项目负责人 rows under its indicator rows, as some forms close: never indicators.</summary>
    [Theory]
    [MemberData(nameof(MeasureRowChannels))]
    public void A_project_row_below_the_indicator_rows_is_the_projects_never_an_indicator(string channel)
    {
        using var folder = new TempFolder();
        IReadOnlyList<Block> form =
        [
            Heading("2022年度项目绩效目标申报表"),
            Table([
                .. TrainingProject,
                ["一级指标", "二级指标", "三级指标", "指标值", "保障措施"],
                ["产出指标", "数量指标", "培训人次", "≥300人次", "分三期举办。"],
                ["效益指标", "社会效益指标", "网络安全意识", "明显提高", ""],
                ["保障措施", "落实培训经费。", "", "", ""],
                ["项目负责人", "张三", "", "", ""],
            ]),
        ];
        var file = Written(folder, channel, "申报表", form);

        var run = ImportFile(folder, file, "224002", "县委网信办");

        Assert.True(run.Result.Succeeded, run.Report);
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal(["培训人次", "网络安全意识"], Enumerable.Range(0, Count(p, "indicators")).Select(i => Field(p, $"indicators.{i}.name")));
        Assert.Equal("张三", Field(p, "manager"));
        Assert.DoesNotContain("落实培训经费", File.ReadAllText(p), StringComparison.Ordinal);
        Assert.Contains(run.Result.Diagnostics, x => x.Code == "SG7111" && x.Message.Contains("落实培训经费。", StringComparison.Ordinal));
        Assert.Contains(run.Result.Diagnostics, x => x.Code == "SG7102" && x.Message.Contains("列 “保障措施”", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Result.Diagnostics, x => x.Code == "SG7101");
        AssertPagesShow(folder, run, ["≥300人次", "明显提高"]);
    }

    private static IReadOnlyList<Block> BlankPurpose =>
    [
        Heading("2022年度项目绩效目标申报表"),
        Table([
            ["项目名称", "基层干部网络安全培训"],
            ["预算数", "12.50"],
            ["资金用途", ""],
            ["绩效目标", "完成培训300人次。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "培训人次", "≥300人次"],
            ["效益指标", "社会效益指标", "网络安全意识", "明显提高"],
        ]),
    ];

    [Fact]
    public void A_blank_purpose_stays_blank_the_check_asks_for_it_at_its_yaml_line_and_once_filled_the_page_shows_every_target()
    {
        using var folder = new TempFolder();
        var run = ImportFile(folder, PipeText(folder, "申报表.txt", BlankPurpose), "224002", "县委网信办");

        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("", Field(p, "purpose") ?? "");
        var asked = Assert.Single(run.Result.Diagnostics, x => x.Severity == SiteGen.Diagnostics.Severity.Error);
        Assert.Equal(p, asked.Location.Path);
        Assert.StartsWith("purpose:", File.ReadAllLines(p)[asked.Location.Line - 1], StringComparison.Ordinal);
        Assert.Equal(["≥300人次", "明显提高"], Enumerable.Range(0, 2).Select(i => Field(p, $"indicators.{i}.target")));

        // The publisher fills in what the form left blank, as the message asks; then the site builds.
        var lines = File.ReadAllLines(p);
        lines[asked.Location.Line - 1] = "purpose: 组织基层干部网络安全培训。";
        File.WriteAllLines(p, lines);
        AssertPagesShow(folder, run, ["≥300人次", "明显提高"]);
    }

    internal static IReadOnlyList<Block> Continued(string between) =>
    [
        Heading("2022年度项目绩效目标申报表"),
        Table([
            .. TrainingProject,
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "培训人次", "≥300人次"],
            ["", "质量指标", "培训合格率", "≥95%"],
        ]),
        Line(between),
        Table([
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "时效指标", "培训完成时间", "2022年10月前"],
            ["效益指标", "社会效益指标", "网络安全意识", "明显提高"],
            ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
        ]),
    ];

    public static TheoryData<string, string> ContinuedChannels => new() { { "html", "（续表）" }, { "txt", "— 2 —" }, { "txt", "（续表）" }, { "xlsx", "续表" } };

    [Theory]
    [MemberData(nameof(ContinuedChannels))]
    public void A_table_continued_after_a_page_break_keeps_its_rows_in_the_one_project(string channel, string between)
    {
        using var folder = new TempFolder();
        var blocks = Continued(between);
        var file = Written(folder, channel, "续表", blocks);

        var run = ImportFile(folder, file, "224002", "县委网信办");

        Assert.True(run.Result.Succeeded, run.Report);
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        string[] targets = ["≥300人次", "≥95%", "2022年10月前", "明显提高", "≥90%"];
        Assert.Equal(targets, Enumerable.Range(0, Count(p, "indicators")).Select(i => Field(p, $"indicators.{i}.target")));
        Assert.Equal("产出指标", Field(p, "indicators.1.level1"));
        AssertPagesShow(folder, run, targets);
    }

    /// <summary>中长期 and 年度 target columns side by side; 农户满意度 has no 中长期 value.</summary>
    internal static IReadOnlyList<Block> SideBySide => SideBySideForm(longTermFirst: true);

    private static readonly (string Level2, string Name, string LongTerm, string Annual)[] SideBySideRows =
    [
        ("数量指标", "建成面积", "3万亩", "1万亩"), ("质量指标", "验收合格率", "100%", "≥98%"),
        ("经济效益指标", "亩均增产", "≥100斤", "≥50斤"), ("服务对象满意度指标", "农户满意度", "", "≥90%"),
    ];

    private static IReadOnlyList<Block> SideBySideForm(bool longTermFirst)
    {
        string[] Columns(string[] fixedCells, string longTerm, string annual) => [.. fixedCells, .. longTermFirst ? new[] { longTerm, annual } : [annual, longTerm]];
        string[] level1 = ["产出指标", "", "效益指标", "满意度指标"];
        return
        [
            Heading("2021年度项目支出绩效目标表"),
            Table([
                ["项目名称", "高标准农田建设"],
                ["资金总额", "300.00"],
                ["资金用途", "建设高标准农田。"],
                ["绩效目标", "中长期目标", "年度目标"],
                ["", "三年建成高标准农田3万亩。", "建成高标准农田1万亩。"],
                Columns(["一级指标", "二级指标", "三级指标"], "中长期指标值", "年度指标值"),
                .. SideBySideRows.Select((r, i) => Columns([level1[i], r.Level2, r.Name], r.LongTerm, r.Annual)),
            ]),
        ];
    }

    public static TheoryData<string, bool> SideBySideChannels => new() { { "xlsx", true }, { "html", false }, { "txt", true } };

    [Theory]
    [MemberData(nameof(SideBySideChannels))]
    public void Long_term_and_annual_target_columns_side_by_side_give_the_indicators_and_the_long_term_indicators_and_the_page_shows_both(string channel, bool longTermFirst)
    {
        using var folder = new TempFolder();
        var form = SideBySideForm(longTermFirst);
        var file = Written(folder, channel, "农田", form);

        var run = ImportFile(folder, file, "201001", "临西县农业农村局");

        Assert.True(run.Result.Succeeded, run.Report);
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal(SideBySideRows.Select(r => r.Annual), Enumerable.Range(0, Count(p, "indicators")).Select(i => Field(p, $"indicators.{i}.target")));
        var longTerm = SideBySideRows.Where(r => r.LongTerm.Length > 0).ToList(); // a blank 中长期 cell gives no long-term indicator
        Assert.Equal(longTerm.Count, Count(p, "long_term_indicators"));
        for (var i = 0; i < longTerm.Count; i++)
        {
            Assert.Equal(i < 2 ? "产出指标" : "效益指标", Field(p, $"long_term_indicators.{i}.level1"));
            Assert.Equal(longTerm[i].Level2, Field(p, $"long_term_indicators.{i}.level2"));
            Assert.Equal(longTerm[i].Name, Field(p, $"long_term_indicators.{i}.name"));
            Assert.Equal(longTerm[i].LongTerm, Field(p, $"long_term_indicators.{i}.target"));
        }

        Assert.Equal("三年建成高标准农田3万亩。", Field(p, "long_term_goals.0"));
        Assert.Equal("建成高标准农田1万亩。", Field(p, "goals.0"));
        Assert.Contains(run.Result.Diagnostics, x => x.Code == "SG7113" && x.Message.Contains("长期的 3 个", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Result.Diagnostics, x => x.Code == "SG7102");

        var page = AssertPagesShow(folder, run, SideBySideRows.Select(r => r.Annual));
        var longTermTable = page[page.IndexOf("长期绩效指标</caption>", StringComparison.Ordinal)..];
        longTermTable = longTermTable[..longTermTable.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.All(longTerm, r => Assert.Contains($"<td class=\"target\">{Escaped(r.LongTerm)}</td>", longTermTable, StringComparison.Ordinal));
        Assert.Equal(longTerm.Count, CountOf(longTermTable, "<td class=\"target\">"));
    }

    [Fact]
    public void A_long_term_column_in_a_department_table_is_reported_as_left_out_for_department_indicators_have_no_such_field()
    {
        using var folder = new TempFolder();
        IReadOnlyList<Block> form =
        [
            Heading("临西县2021年度部门整体绩效目标表"),
            Table([
                ["部门名称", "中共临西县委网络安全和信息化委员会办公室", "部门编码", "224002"],
                ["年度总体目标", "1、全年网络安全事件零发生。", "", "", ""],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "中长期指标值"],
                ["产出指标", "数量指标", "网络安全检查单位数", "≥30个", "≥90个"],
                ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥95%"],
            ]),
            .. DepartmentTableTests.ProjectPart,
        ];

        var run = ImportFile(folder, Html(folder, "整体.html", form));

        Assert.True(run.Result.Succeeded, run.Report);
        var d = Path.Join(run.DisclosureFolder, "disclosure.yml");
        Assert.Equal(["≥30个", "≥90%"], Enumerable.Range(0, Count(d, "department_indicators")).Select(i => Field(d, $"department_indicators.{i}.target")));
        Assert.DoesNotContain("≥90个", File.ReadAllText(d), StringComparison.Ordinal);
        Assert.Contains(run.Result.Diagnostics, x => x.Code == "SG7102" && x.Message.Contains("“中长期指标值” 是长期指标值", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_in_the_indicator_name_weights_in_the_level1_cell_and_a_weight_column_show_as_written()
    {
        using var folder = new TempFolder();
        var form = new List<Block>
        {
            Heading("2021年度项目支出绩效目标表"),
            Table([
                ["项目名称", "惠农补贴发放"],
                ["年度资金总额", "120.00"],
                ["资金用途", "发放惠农补贴。"],
                ["年度目标", "按时足额发放补贴。"],
                ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
                ["产出指标(50分)", "数量指标", "补贴兑付率(%)", "100", "30"],
                ["", "时效指标", "发放时间(月)", "≤3", "20"],
                ["成本指标(0-20)分", "经济成本指标", "补贴标准(元/亩)", "≤120", "20"],
                ["满意度指标(10分)", "服务对象满意度指标", "农户满意度(%)", "≥90", "10"],
            ]),
        };

        var run = ImportFile(folder, Html(folder, "补贴.html", form), "201001", "临西县农业农村局");

        Assert.True(run.Result.Succeeded, run.Report);
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal(["100", "≤3", "≤120", "≥90"], Enumerable.Range(0, 4).Select(i => Field(p, $"indicators.{i}.target")));
        Assert.Equal(["30", "20", "20", "10"], Enumerable.Range(0, 4).Select(i => Field(p, $"indicators.{i}.weight")));
        Assert.Equal("成本指标(0-20)分", Field(p, "indicators.2.level1"));
        Assert.Equal("补贴兑付率(%)", Field(p, "indicators.0.name"));
        var page = AssertPagesShow(folder, run, ["100", "≤3", "≤120", "≥90"]);
        Assert.Contains("补贴兑付率(%)", page, StringComparison.Ordinal);
    }

    /// <summary>The form in one channel: a workbook of one sheet, a web page, or text with | rows.</summary>
    private static string Written(TempFolder folder, string channel, string name, IReadOnlyList<Block> form) => channel switch
    {
        "xlsx" => Xlsx(folder, name + ".xlsx", ("表", form)),
        "html" => Html(folder, name + ".html", form),
        _ => PipeText(folder, name + ".txt", form),
    };

    /// <summary>A notice as plain text: one paragraph a line, a blank line between.</summary>
    internal static string PlainText(TempFolder folder, string name, IReadOnlyList<Block> blocks)
    {
        var path = folder.Join(name);
        File.WriteAllText(path, string.Join("\n\n", blocks.OfType<Paragraph>().Select(b => b.Text)) + "\n");
        return path;
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
