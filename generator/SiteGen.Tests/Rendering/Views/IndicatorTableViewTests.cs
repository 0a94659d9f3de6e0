using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Targets;
using SiteGen.Rendering.Views;

namespace SiteGen.Tests.Rendering.Views;

public sealed class IndicatorTableViewTests
{
    private static Indicator Row(string level1, string level2)
    {
        var at = new SourceLocation("p.yml", 1, 1);
        return new Indicator(level1, level2, "名称", null, TargetValueParser.Parse("≥1个"), null, null, false, null, new IndicatorLocations(at, at, at, at));
    }

    [Fact]
    public void Equal_neighbouring_levels_merge_like_the_official_form()
    {
        // The seed's second project: two 数量指标 rows, one 时效指标 row, then 效果指标 with two 社会效益指标 rows.
        var table = IndicatorTableView.From(
        [
            Row("产出指标", "数量指标"),
            Row("产出指标", "数量指标"),
            Row("产出指标", "时效指标"),
            Row("效果指标", "社会效益指标"),
            Row("效果指标", "社会效益指标"),
            Row("满意度指标", "服务对象满意度指标"),
        ], "p-i");

        Assert.Equal([3, 0, 0, 2, 0, 1], table.Rows.Select(r => r.Level1Rowspan));
        Assert.Equal([2, 0, 1, 2, 0, 1], table.Rows.Select(r => r.Level2Rowspan));
        Assert.Equal(["p-i1", "p-i2", "p-i3", "p-i4", "p-i5", "p-i6"], table.Rows.Select(r => r.Id));
    }

    [Fact]
    public void A_level2_run_does_not_cross_a_level1_boundary_and_order_is_kept()
    {
        var table = IndicatorTableView.From(
        [
            Row("产出指标", "成本指标"),
            Row("成本指标", "成本指标"),
            Row("产出指标", "数量指标"),
        ], "p-i");

        Assert.Equal([1, 1, 1], table.Rows.Select(r => r.Level1Rowspan));
        Assert.Equal([1, 1, 1], table.Rows.Select(r => r.Level2Rowspan));
        Assert.Equal(["产出指标", "成本指标", "产出指标"], table.Rows.Select(r => r.Level1));
    }
}
