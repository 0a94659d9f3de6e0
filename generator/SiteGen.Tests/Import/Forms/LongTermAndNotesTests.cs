using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Forms;

/// <summary>长期 and 年度 indicator tables one after another, a note under the table, a fund split by source.</summary>
public sealed class LongTermAndNotesTests
{
    private static IReadOnlyList<Block> Form =>
    [
        Heading("2022年度项目绩效目标申报表"),
        Line("现将我单位项目绩效目标公示如下，公示期为5个工作日。"),
        Table([
            ["项目名称", "基层干部网络安全培训"],
            ["预算数", "12.50"],
            ["其中：上级补助", "10.00"],
            ["资金用途", "组织培训。"],
            ["长期目标", "三年内培训全部基层干部。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "三年培训人数（人）", "≥900"],
            ["年度目标", "完成培训300人次。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "培训人数（人）", "≥300"],
            ["效益指标", "社会效益指标", "群众知晓率", "明显提高"],
            ["注：指标值按原表填写。"],
        ]),
    ];

    [Fact]
    public void The_annual_block_is_the_indicators_the_long_term_one_is_kept_apart_and_notes_and_fund_sources_are_reported()
    {
        using var folder = new TempFolder();
        var run = ImportFile(folder, PipeText(folder, "表.txt", Form), "224002", "县委网信办");

        Assert.True(run.Result.Succeeded, run.Report);
        var p = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Single();
        Assert.Equal(2, Count(p, "indicators"));
        Assert.Equal("培训人数（人）", Field(p, "indicators.0.name"));
        Assert.Equal("≥300", Field(p, "indicators.0.target"));
        Assert.Equal("明显提高", Field(p, "indicators.1.target")); // the 注 row below is not glued onto it
        Assert.Equal("三年培训人数（人）", Field(p, "long_term_indicators.0.name"));
        Assert.Equal("≥900", Field(p, "long_term_indicators.0.target"));
        Assert.Equal("完成培训300人次。", Field(p, "goals.0"));
        Assert.Equal("三年内培训全部基层干部。", Field(p, "long_term_goals.0"));
        Assert.Equal("", Field(p, "budget.fiscal")); // 上级补助 is not summed into 财政资金
        Assert.Contains(run.Result.Diagnostics, d => d.Code == "SG7112");
        Assert.True(run.Result.Diagnostics.Count(d => d.Code == "SG7111") == 2, string.Join("\n", run.Result.Diagnostics));
        Assert.Contains(run.Result.Diagnostics, d => d.Code == "SG7113");
        var page = AssertPagesShow(folder, run, ["≥300", "明显提高", "≥900"]); // both tables, the unit in the name (培训人数（人）) as written
        Assert.Contains("培训人数（人）", page, StringComparison.Ordinal);
        Assert.Contains("长期绩效指标</caption>", page, StringComparison.Ordinal);
    }
}
