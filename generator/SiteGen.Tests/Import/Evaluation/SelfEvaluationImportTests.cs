using AngleSharp.Html.Parser;
using SiteGen.Import;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Evaluation.SelfEvaluationForm;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Evaluation;

/// <summary>
/// <c>sitegen import</c> of a 项目支出绩效自评表 beside the bundled disclosure it evaluates, in every channel the importer
/// reads: the evaluation file it writes (numbers as written, keys the published names), the site built from it, and the
/// located refusals (an unknown project or indicator: nothing written).
/// </summary>
public sealed class SelfEvaluationImportTests
{
    private static string Import(TempFolder site, string file, bool force = false, int? year = null, string? departmentCode = null) =>
        Import(site, [file], force, year, departmentCode).ContentDir;

    private static ImportRun Import(TempFolder site, IReadOnlyList<string> files, bool force = false, int? year = null, string? departmentCode = null)
    {
        var content = site.Join("content");
        return new ImportRun(Importer.Import(new ImportOptions(files, content, force, Year: year, Site: ImportRun.BundledSite, DepartmentCode: departmentCode)), content);
    }

    private static string Seeded(TempFolder site)
    {
        site.CopyFrom(RepoPaths.Content, "content");
        return Directory.EnumerateDirectories(site.Join("content", "2020")).Single();
    }

    private static string EvaluationFile(string disclosure) => Path.Join(disclosure, "evaluation", ProjectCode + ".yml");

    [Theory]
    [MemberData(nameof(Channels), MemberType = typeof(SelfEvaluationForm))]
    public void A_self_evaluation_form_imports_beside_its_disclosure_and_the_built_pages_show_its_actuals_and_scores(string channel)
    {
        using var site = new TempFolder();
        var disclosure = Seeded(site);
        var run = Import(site, [Write(site, channel)]);

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Empty(run.Result.Imported); // the targets are untouched
        var file = EvaluationFile(disclosure);
        Assert.Equal(file, Assert.Single(run.Result.Evaluations!).File);
        Assert.Equal(ProjectCode, Field(file, "project"));
        Assert.Equal("10.00", Field(file, "funds.initial_budget"));
        Assert.Equal("10.00", Field(file, "funds.annual_budget"));
        Assert.Equal("9.50", Field(file, "funds.spent"));
        Assert.Equal("9.50", Field(file, "funds.score"));
        for (var i = 0; i < IndicatorRows.Length; i++)
        {
            Assert.Equal(IndicatorRows[i][3], Field(file, $"indicators.{i}.indicator"));
            Assert.Equal(IndicatorRows[i][5], Field(file, $"indicators.{i}.actual"));
            Assert.Equal(IndicatorRows[i][6], Field(file, $"indicators.{i}.weight"));
            Assert.Equal(IndicatorRows[i][7], Field(file, $"indicators.{i}.score"));
            Assert.Null(Field(file, $"indicators.{i}.target")); // the published target: not repeated, so no 与年初目标不一致
        }

        Assert.Equal(IndicatorRows[0][8], Field(file, "indicators.0.deviation")!.TrimEnd());
        Assert.Null(Field(file, "indicators.1.deviation")); // “/” is an empty cell
        Assert.Null(Field(file, "indicators.5.deviation")); // “无”: no reason given
        Assert.StartsWith("（虚构）项目基本完成年度目标", Field(file, "conclusion"), StringComparison.Ordinal);
        Assert.Contains(run.Result.Diagnostics, d => d.Code == "SG7221" && d.Message.Contains("当年财政拨款", StringComparison.Ordinal));

        // The import's own check already ran the build's evaluation checks on the written file: the marked-down 12 is
        // published as stated, with the computed 15 beside it.
        var stated = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG3303");
        Assert.Equal(file, stated.Location.Path);
        Assert.Contains("15", stated.Message, StringComparison.Ordinal);

        var build = SiteBuilder.Build(new BuildOptions(run.ContentDir, RepoPaths.Templates, site.Join("output")));
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        Assert.DoesNotContain(build.Diagnostics, d => d.Code.StartsWith("SG32", StringComparison.Ordinal));
        var form = new HtmlParser().ParseDocument(File.ReadAllText(site.Join("output", "2020", "224002", "self-evaluation", "index.html")))
            .QuerySelectorAll("table.self-evaluation-form").Single();
        var header = form.QuerySelectorAll("tr").First(r => r.QuerySelector("th")?.TextContent == "绩效指标");
        var rows = new List<List<string>>();
        for (var row = header.NextElementSibling; row is not null && row.ClassName is not "se-total"; row = row.NextElementSibling)
        {
            rows.Add([.. row.Children.Select(c => c.TextContent.Trim())]);
        }

        Assert.Equal(IndicatorRows.Select(r => r[3]), rows.Select(r => r[2]));
        Assert.Equal(IndicatorRows.Select(r => r[5]), rows.Select(r => r[4][..r[4].IndexOfAny(['✓', '✗'])].Trim()));
        Assert.Equal(["17.39", "15.00", "10.00", "15.00", "12.00", "10.00"], rows.Select(r => r[6].Split('\n')[0]));
        Assert.Contains("计算得分 15.00", rows[4][6], StringComparison.Ordinal); // the stated score shown with the computed one
        var total = form.QuerySelectorAll("tr").First(r => r.QuerySelector("th")?.TextContent == "总分");
        Assert.Contains("88.89", total.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_of_a_project_that_is_not_published_is_refused_at_its_name_and_nothing_is_written()
    {
        using var site = new TempFolder();
        var disclosure = Seeded(site);
        var run = Import(site, [Write(site, "html", Blocks(Head(name: "不存在的项目")))]);

        Assert.False(run.Result.Succeeded);
        var error = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7201");
        Assert.Contains("不存在的项目", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(".html", error.Location.Path, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 1);
        Assert.False(Directory.Exists(Path.Join(disclosure, "evaluation")));
    }

    [Fact]
    public void An_indicator_the_project_did_not_publish_is_refused_at_its_row_with_the_published_names_and_nothing_is_written()
    {
        using var site = new TempFolder();
        var disclosure = Seeded(site);
        string[][] rows = [.. IndicatorRows[..5], ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥95百分比", "96百分比", "10", "10", ""]];
        var run = Import(site, [Write(site, "txt", Blocks(rows: rows))]);

        Assert.False(run.Result.Succeeded);
        var error = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7202");
        Assert.Contains("群众满意度", error.Message, StringComparison.Ordinal);
        Assert.Contains("服务对象满意度", error.Message, StringComparison.Ordinal); // what it could be
        var line = File.ReadAllLines(error.Location.Path)[error.Location.Line - 1];
        Assert.Contains("群众满意度", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Join(disclosure, "evaluation")));
    }

    [Fact]
    public void Amounts_in_yuan_are_written_in_the_disclosures_wan_yuan_exactly_and_the_conversion_is_reported()
    {
        using var site = new TempFolder();
        var disclosure = Seeded(site);
        var run = Import(site, [Write(site, "xlsx", Blocks(Head(moneyUnit: "元", initial: "100000.00", annual: "100000.00", spent: "95000.00")))]);

        Assert.True(run.Result.Succeeded, run.Report);
        var file = EvaluationFile(disclosure);
        Assert.Equal("10.00", Field(file, "funds.initial_budget"));
        Assert.Equal("9.50", Field(file, "funds.spent"));
        Assert.Equal("9.50", Field(file, "funds.score")); // a score, not an amount
        var converted = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7223");
        Assert.Contains("95000.00 → 9.50", converted.Message, StringComparison.Ordinal);
        Assert.Contains("工作表", converted.Message, StringComparison.Ordinal); // a workbook's message names the sheet and cell
    }

    [Fact]
    public void A_form_with_its_columns_and_rows_in_another_order_reads_the_same()
    {
        using var site = new TempFolder();
        var disclosure = Seeded(site);
        // 得分 before 分值, 实际完成值 before 年度指标值, 偏差原因 first; the rows reversed.
        int[] order = [8, 0, 1, 2, 3, 5, 4, 7, 6];
        string[] Reorder(string[] row) => [.. order.Select(i => row[i])];
        var blocks = new List<SiteGen.Import.Sources.Block>
        {
            Heading("2020年度项目支出绩效自评表"),
            Table([.. Head(), Reorder(IndicatorHeader), .. IndicatorRows.Reverse().Select(r => Reorder([.. r[..1], "", .. r[2..]])), .. Tail]),
        };
        var run = Import(site, [Write(site, "html", blocks)]);

        Assert.True(run.Result.Succeeded, run.Report);
        var file = EvaluationFile(disclosure);
        for (var i = 0; i < IndicatorRows.Length; i++)
        {
            var expected = IndicatorRows[IndicatorRows.Length - 1 - i];
            Assert.Equal(expected[3], Field(file, $"indicators.{i}.indicator"));
            Assert.Equal(expected[5], Field(file, $"indicators.{i}.actual"));
            Assert.Equal(expected[6], Field(file, $"indicators.{i}.weight"));
            Assert.Equal(expected[7], Field(file, $"indicators.{i}.score"));
        }

        Assert.True(SiteBuilder.Check(new BuildOptions(ContentDir: run.ContentDir)).Succeeded);
    }

    [Fact]
    public void A_changed_target_on_the_form_is_written_so_the_page_marks_it_and_a_total_that_disagrees_is_reported()
    {
        using var site = new TempFolder();
        var disclosure = Seeded(site);
        string[][] rows = [["", "产出指标", "数量指标", "网络客户端更新新闻数量", "≥200篇", "200篇", "20", "20", ""], .. IndicatorRows[1..]];
        var run = Import(site, [Write(site, "docx", Blocks(rows: rows))]);

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Equal("≥200篇", Field(EvaluationFile(disclosure), "indicators.0.target"));
        Assert.Contains(run.Result.Diagnostics, d => d.Code == "SG3302"); // 与年初目标不一致, from the build's own check
        var total = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7222");
        Assert.Contains("91.50", total.Message, StringComparison.Ordinal); // 9.50 + 20 + 15 + 10 + 15 + 12 + 10, not the form's 88.89
    }

    [Fact]
    public void One_command_imports_a_targets_document_and_its_self_evaluation_together()
    {
        using var site = new TempFolder();
        var targets = SeedText.Write(site, SeedText.Text);
        var run = Import(site, [Write(site, "txt"), targets]);

        Assert.True(run.Result.Succeeded, run.Report);
        var disclosure = Assert.Single(run.Result.Imported).Folder;
        Assert.Equal(EvaluationFile(disclosure), Assert.Single(run.Result.Evaluations!).File);
        Assert.Equal("17.39", Field(EvaluationFile(disclosure), "indicators.0.score"));
    }

    [Fact]
    public void An_existing_evaluation_is_replaced_only_with_force()
    {
        using var site = new TempFolder();
        var disclosure = Seeded(site);
        var form = Write(site, "html");
        Assert.True(Import(site, [form]).Result.Succeeded);
        File.AppendAllText(EvaluationFile(disclosure), "# edited by hand\n");

        var again = Import(site, [form]);
        Assert.False(again.Result.Succeeded);
        Assert.Single(again.Result.Diagnostics, d => d.Code == "SG7205");
        Assert.EndsWith("# edited by hand\n", File.ReadAllText(EvaluationFile(disclosure)), StringComparison.Ordinal);

        Assert.True(Import(site, [form], force: true).Result.Succeeded);
        Assert.DoesNotContain("edited by hand", File.ReadAllText(EvaluationFile(disclosure)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_form_is_SG7001_like_any_other_unreadable_file()
    {
        using var site = new TempFolder();
        Seeded(site);
        var broken = site.Join("in", "自评表.docx");
        Directory.CreateDirectory(site.Join("in"));
        File.WriteAllBytes(broken, [.. "PK\u0003\u0004"u8, .. new byte[64]]);
        var run = Import(site, [broken]);

        Assert.False(run.Result.Succeeded);
        Assert.Equal(broken, Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7001").Location.Path);
    }

    [Fact]
    public void A_number_that_is_not_one_and_a_missing_actual_are_reported_together_at_their_cells()
    {
        using var site = new TempFolder();
        var disclosure = Seeded(site);
        string[][] rows = [["", "产出指标", "数量指标", "网络客户端更新新闻数量", "≥230篇（更新新闻篇数）", "200篇", "二十", "17.39", ""], ["", "", "时效指标", "新闻发布的完成率", "≥85百分比", "", "15", "15", ""], .. IndicatorRows[2..]];
        var run = Import(site, [Write(site, "txt", Blocks(rows: rows))]);

        Assert.False(run.Result.Succeeded);
        Assert.Contains("二十", Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7204").Message, StringComparison.Ordinal);
        Assert.Contains("新闻发布的完成率", Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7203").Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Join(disclosure, "evaluation")));
    }
}
