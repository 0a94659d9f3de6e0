using SiteGen.Model.Frameworks;

namespace SiteGen.Tests.Model.Frameworks;

public sealed class IndicatorFrameworkTests
{
    [Theory]
    [InlineData("产出指标", "成本指标", true)]
    [InlineData("效果指标", "生态效益指标", true)]
    [InlineData("效益指标(30分)", "社会效益", true)]
    [InlineData("效益指标", "环境效益指标", true)]
    [InlineData("满意度指标（10分）", "社会公众或服务对象满意度指标", true)]
    [InlineData("满意度", "服务对象满意度指标", true)]
    [InlineData("产出指标", "社会效益指标", false)]
    [InlineData("成本指标", "经济成本指标", false)]
    public void The_2020_framework_allows_its_pairs_whatever_the_spelling(string level1, string level2, bool allowed) =>
        Assert.Equal(allowed, IndicatorFramework.Of2020.Allows(level1, level2));

    [Theory]
    [InlineData("成本指标", "经济成本指标", true)]
    [InlineData("成本指标(20分)", "生态环境成本指标", true)]
    [InlineData("产出指标", "成本指标", false)]
    [InlineData("产出指标", "时效指标", true)]
    public void The_2021_framework_makes_cost_a_first_level_indicator(string level1, string level2, bool allowed) =>
        Assert.Equal(allowed, IndicatorFramework.Of2021.Allows(level1, level2));

    [Theory]
    [InlineData(2019, "2020")]
    [InlineData(2020, "2020")]
    [InlineData(2021, "2021")]
    [InlineData(2026, "2021")]
    public void A_document_that_names_no_framework_follows_its_year(int year, string framework) =>
        Assert.Equal(framework, IndicatorFramework.DefaultFor(year).Name);
}
