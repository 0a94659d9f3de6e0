using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Golden;

/// <summary>
/// A fictional site (Golden/Showcase) that fills every optional field of the content format, in the
/// 2021 framework with amounts in 元: each field must reach the page, in its place in the form.
/// </summary>
public sealed class ShowcaseSiteTests : IDisposable
{
    private static readonly string ShowcaseDir = Path.Join(RepoPaths.Golden, "Showcase");
    private readonly TempFolder _folder = new();
    private readonly IDocument _page;
    private readonly IElement _project;

    public ShowcaseSiteTests()
    {
        var result = SiteBuilder.Build(new BuildOptions(Path.Join(ShowcaseDir, "content"), RepoPaths.Templates, _folder.Join("output")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        _page = new HtmlParser().ParseDocument(File.ReadAllText(_folder.Join("output", "2021", "400001", "index.html")));
        _project = _page.GetElementById("project-4000012021000000000123456789")!;
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_showcase_site_matches_the_committed_expected_files() =>
        GoldenFiles.AssertSite(Path.Join(ShowcaseDir, "expected"), _folder.Join("output"));

    [Theory]
    [InlineData("主管部门", "示例县交通运输局")]
    [InlineData("实施单位", "示例县公路养护中心")]
    [InlineData("项目负责人", "张示例")]
    [InlineData("项目属性", "延续")]
    [InlineData("项目分类", "专项业务类")]
    [InlineData("建设周期", "2021年1月—2023年12月")]
    [InlineData("财政资金科目代码", "2140106")]
    [InlineData("立项依据", "《中华人民共和国公路法》及省里的文件。")]
    [InlineData("长期绩效目标", "1、三年内完成全部危桥改造。")]
    [InlineData("年度绩效目标", "1、当年完成养护里程不少于200公里。")]
    public void Optional_project_fields_are_rows_of_the_form(string label, string value)
    {
        var row = _project.QuerySelectorAll("table.form-main tr").Single(r => TableGrid.Normalise(r.QuerySelector("th")?.TextContent ?? "") == label);

        Assert.Equal(TableGrid.Normalise(value), TableGrid.Normalise(row.QuerySelector("td")!.TextContent));
    }

    [Fact]
    public void The_project_names_its_own_unit_and_the_money_unit()
    {
        var caption = TableGrid.Normalise(_project.QuerySelector("table.form-main caption")!.TextContent);

        Assert.Contains("400002示例县公路养护中心", caption, StringComparison.Ordinal);
        Assert.Contains("单位：元", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_previous_targets_and_core_marks_get_their_own_columns()
    {
        var table = _project.QuerySelectorAll("table.indicators")[0];
        var headers = TableGrid.Read(table.QuerySelectorAll("thead tr")).Single();
        var first = TableGrid.Read(table.QuerySelectorAll("tbody tr")).First();

        Assert.Equal(["一级指标", "二级指标", "三级指标", "绩效指标描述", "上年指标值", "指标值", "指标值确定依据", "分值"], headers);
        Assert.Equal(["成本指标", "经济成本指标", "每公里养护成本★（核心指标）", "养护总成本除以养护里程", "≤6500元/公里", "≤6000元/公里", "《示例县农村公路养护定额》", "10"], first);
    }

    [Fact]
    public void Long_term_indicators_and_the_cost_breakdown_are_tables_of_their_own()
    {
        var longTerm = _project.QuerySelectorAll("table.indicators")[^1];
        var cost = _project.QuerySelector("table.cost")!;

        Assert.Contains("长期绩效指标", longTerm.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, longTerm.QuerySelectorAll("tbody tr").Length);
        Assert.Equal([["人工费", "600000.00", "按定额测算"], ["材料费", "634567.89", ""]], TableGrid.Read(cost.QuerySelectorAll("tbody tr")));
    }

    [Fact]
    public void Content_that_looks_like_markup_stays_text()
    {
        Assert.Empty(_page.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", _page.QuerySelector("#overall-goals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Listings_convert_yuan_to_wanyuan_to_two_places()
    {
        var home = new HtmlParser().ParseDocument(File.ReadAllText(_folder.Join("output", "index.html")));

        Assert.Contains("123.46", home.QuerySelector("main table tbody")!.TextContent, StringComparison.Ordinal);
    }
}
