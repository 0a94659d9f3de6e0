using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Forms;

/// <summary>
/// Never invent, always explain: a refusal names the shapes tried and where each stopped, at a line inside the
/// document; a cut-off table keeps its rows before the cut; PDF text with one cell per line reads; a number split
/// by spaces is reported, not joined.
/// </summary>
public sealed class ExplainedRefusalTests
{
    private static readonly string[][] ProjectRows =
        [["项目名称", "基层干部网络安全培训"], ["预算数", "12.50"], ["其他资金", "—"], ["资金用途", "组织培训。"], ["绩效目标", "完成培训。"]];

    [Fact]
    public void A_table_without_a_target_column_is_refused_at_its_own_line_naming_the_shapes_tried()
    {
        using var folder = new TempFolder();
        var page = "<html><body>\n<h2>2021年度绩效指标</h2>\n<p>说明文字。</p>\n<table>\n"
            + "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>备注</td></tr>\n"
            + "<tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>300</td></tr>\n</table>\n</body></html>\n";
        var path = folder.Join("page.html");
        File.WriteAllText(path, page);

        var run = ImportFile(folder, path);

        Assert.False(run.Result.Succeeded);
        var refusal = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7003");
        Assert.Equal(5, refusal.Location.Line); // the table's first row, not (1,1)
        Assert.Contains("试过的文档结构", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第一部分", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第 5 行起是一张表，但没有找到 项目名称", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第 5 行像指标表的表头，但没有找到 指标值 列", refusal.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.ContentDir));
    }

    [Fact]
    public void A_project_table_whose_indicator_header_lacks_the_target_says_so_in_the_refusal()
    {
        using var folder = new TempFolder();
        var form = new List<Block>
        {
            Heading("2021年度项目绩效目标申报表"),
            Table(["项目名称", "乡村道路养护"], ["预算数", "8.00"], ["资金用途", "养护乡村道路。"],
                ["一级指标", "二级指标", "三级指标", "说明"], ["产出指标", "数量指标", "养护里程", "30公里"]),
        };

        var run = ImportFile(folder, PipeText(folder, "表.txt", form), "224003", "临西县交通运输局");

        Assert.False(run.Result.Succeeded);
        var refusal = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7003");
        Assert.Equal(3, refusal.Location.Line);
        Assert.Contains("第 6 行起是指标表，但没有找到 指标值 列", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_page_cut_off_inside_the_indicator_table_keeps_the_rows_before_the_cut_and_warns_at_the_cut()
    {
        using var folder = new TempFolder();
        var whole = HtmlBuilder.Page(
        [
            Heading("2022年度项目绩效目标申报表"),
            Table([["项目名称", "基层干部网络安全培训"], ["预算数", "12.50"], ["资金用途", "组织培训。"], ["绩效目标", "完成培训。"], .. ProjectsOnlyTests.Indicators]),
        ], "utf-8");
        var cut = whole.IndexOf("参训人员满意度", StringComparison.Ordinal);
        var path = folder.Join("cut.html");
        File.WriteAllText(path, whole[..cut]);

        var run = ImportFile(folder, path, "224002", "县委网信办");

        Assert.True(run.Result.Succeeded, run.Report);
        var project = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal(3, Count(project, "indicators"));
        Assert.Equal("明显提高", Field(project, "indicators.2.target"));
        var warning = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7101");
        Assert.Equal(whole[..cut].Split('\n').Length, warning.Location.Line); // the line where the page stops
        Assert.Contains("之前的 3 个指标已导入", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_one_cell_per_line_imports_like_the_table_it_was_copied_from()
    {
        using var folder = new TempFolder();
        var rows = ProjectRows
            .Concat(ProjectsOnlyTests.Indicators.Select(r => r.Select(c => c.Length == 0 ? "—" : c).ToArray()));
        var text = "2022年度项目绩效目标申报表\n\n" + string.Join("\n\n", rows.Select(r => string.Join('\n', r))) + "\n";
        var path = folder.Join("pdf.txt");
        File.WriteAllText(path, text);

        var run = ImportFile(folder, path, "224002", "县委网信办");

        Assert.True(run.Result.Succeeded, run.Report);
        var project = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("基层干部网络安全培训", Field(project, "name"));
        Assert.Equal("12.50", Field(project, "budget.total"));
        Assert.Equal("", Field(project, "budget.other"));
        for (var i = 1; i < ProjectsOnlyTests.Indicators.Length; i++)
        {
            Assert.Equal(ProjectsOnlyTests.Indicators[i][2], Field(project, $"indicators.{i - 1}.name"));
            Assert.Equal(ProjectsOnlyTests.Indicators[i][3], Field(project, $"indicators.{i - 1}.target"));
        }

        Assert.Equal("产出指标", Field(project, "indicators.1.level1"));
        AssertPagesShow(folder, run, ProjectsOnlyTests.Indicators[1..].Select(r => r[3]));
    }

    [Fact]
    public void A_number_split_by_spaces_in_pdf_text_is_imported_as_written_and_reported_at_its_line()
    {
        using var folder = new TempFolder();
        var text = "2022年度项目绩效目标申报表\n\n| 项目名称 | 培训\n| 预算数 | 12.50\n| 资金用途 | 组织培训。\n| 绩效目标 | 完成培训。\n"
            + "| 一级指标 | 二级指标 | 三级指标 | 指标值\n— 1 —\n| 产出指标 | 数量指标 | 培训人次 | ≥3 000人次\n";
        var path = folder.Join("pdf.txt");
        File.WriteAllText(path, text);

        var run = ImportFile(folder, path, "224002", "县委网信办");

        var project = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal("≥3 000人次", Field(project, "indicators.0.target")); // not silently joined into ≥3000人次
        var warning = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7109");
        Assert.Equal(9, warning.Location.Line);
        Assert.Contains("3 0", warning.Message, StringComparison.Ordinal);
        AssertPagesShow(folder, run, ["≥3 000人次"]);
    }
}
