using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>Other provinces' forms: extra rows and columns are read when their labels are known, reported when not.</summary>
public sealed class OtherLayoutTests
{
    [Fact]
    public void Extra_project_rows_and_indicator_columns_of_other_forms_are_imported()
    {
        using var folder = new TempFolder();
        var text = SeedText.Text
            .Replace("\t项目编码\n\t224-0603-YBN-W8XP\n\t项目名称\n\t临西新闻网平台维护费\n",
                "\t项目编码\n\t224-0603-YBN-W8XP\n\t项目名称\n\t临西新闻网平台维护费\n\n\t主管部门\n\t中共临西县委\n\t项目属性\n\t延续\n\n\t长期绩效目标\n\t1、三年内建成全县网络宣传平台。\n", StringComparison.Ordinal)
            .Replace("\t指标值\n\t指标值确定依据\n\n\t产出指标\n\t数量指标\n\t网络客户端更新新闻数量\n\t一年内网络客户端更新新闻数\n\t≥230篇（更新新闻篇数）\n",
                "\t指标值\n\t指标值确定依据\n\t分值\n\n\t产出指标\n\t数量指标\n\t网络客户端更新新闻数量\n\t一年内网络客户端更新新闻数\n\t≥230篇（更新新闻篇数）\n", StringComparison.Ordinal);
        text = text.Replace("规定》\n\n\t\n\t时效指标\n\t新闻发布的完成率", "规定》\n\t20\n\n\t\n\t时效指标\n\t新闻发布的完成率", StringComparison.Ordinal);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        var project = run.Project(1);
        Assert.Contains("supervising_department: 中共临西县委\nattribute: 延续\n", project, StringComparison.Ordinal);
        Assert.Contains("long_term_goals:\n  - 三年内建成全县网络宣传平台。\n", project, StringComparison.Ordinal);
        Assert.Contains("    weight: 20\n", project, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wider_row_under_one_target_header_joins_the_split_target_cells()
    {
        using var folder = new TempFolder();
        var text = SeedText.Text.Replace("\t≥3000条\n", "\t≥\n\t3000\n\t条\n", StringComparison.Ordinal);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Contains("    target: ≥3000条\n    basis: 《", run.Project(2), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_reported_at_its_header_and_left_out()
    {
        using var folder = new TempFolder();
        var header = "\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n";
        var text = SeedText.Text.Replace(header, header + "\t备注\n", StringComparison.Ordinal);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        var skipped = run.Result.Diagnostics.Where(d => d.Code == "SG7102").ToList();
        Assert.Equal(3, skipped.Count);
        Assert.All(skipped, d => Assert.Contains("“备注”", d.Message, StringComparison.Ordinal));
        Assert.True(run.Result.Succeeded, run.Report);
    }

    [Theory]
    [InlineData("2022年某省某市本级部门预算项目支出绩效目标表\n\n\t项目名称\n\t办公楼维修\n\t主管部门\n\t某市机关事务管理局\n\n\t年度目标\n\t完成维修\n")]
    [InlineData("会议纪要\n\n一、会议时间：2020年5月\n二、参会人员：略\n")]
    [InlineData("")]
    [InlineData("\t\t\t\n\n\t")]
    public void Documents_of_another_shape_are_refused_with_a_readable_message(string text)
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "import", SeedText.Write(folder, text, fileName: "other.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"other\.txt\(\d+,\d+\): error SG7003: ", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Join("content")));
    }
}
