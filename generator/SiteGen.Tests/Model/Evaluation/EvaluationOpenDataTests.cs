using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Search;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// The CSVs carry each evaluated indicator's actual, weight, scores, met, grade and 偏差原因, and each evaluated
/// project's funds, execution rate, scores and grade, in columns appended after the earlier ones (empty without
/// evaluation); the search finds an indicator by the words of its deviation reason.
/// </summary>
public sealed class EvaluationOpenDataTests
{
    private static readonly string[] EvaluationColumns = ["实际完成值", "自评分值", "得分", "计算得分", "是否完成", "定性评价", "偏差原因分析及改进措施"];

    [Fact]
    public void The_csvs_carry_the_evaluation_in_appended_columns_and_search_finds_deviation_reasons()
    {
        using var site = new TempFolder();
        var content = EvaluatedSeed.CopyTo(site);
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates).ExitCode);

        var indicators = Csv.ReadRecords(site.Join("output", "2020", "224002", "indicators.csv"));
        Assert.Equal(18, indicators.Count);
        var first = indicators[0];
        Assert.Equal("网络客户端更新新闻数量", first["三级指标"]);
        Assert.Equal(("200篇", "16.67", "14.50", "14.50", "否"), (first["实际完成值"], first["自评分值"], first["得分"], first["计算得分"], first["是否完成"]));
        Assert.Contains("两名编辑年中调离", first["偏差原因分析及改进措施"], StringComparison.Ordinal);
        var overridden = indicators.Single(r => r["三级指标"] == "浏览网络客户端人数");
        Assert.Equal(("12.00", "15.00"), (overridden["得分"], overridden["计算得分"]));
        Assert.All(indicators, r => Assert.Matches(@"^\d+\.\d\d$", r["得分"]));
        // The new columns come last, so every earlier column keeps its place.
        Assert.Equal("链接", Csv.ReadFile(site.Join("output", "2020", "224002", "indicators.csv"))[0][19]);

        var projects = Csv.ReadRecords(site.Join("output", "2020", "projects.csv"));
        var news = projects.Single(r => r["项目名称"] == "临西新闻网平台维护费");
        Assert.Equal(("10.00", "9.50", "95.00", "9.50", "88.78", "良"), (news["全年预算数"], news["全年执行数"], news["执行率"], news["预算执行得分"], news["总分"], news["评价等级"]));

        var diagnostics = new DiagnosticBag();
        var model = SiteGen.Model.SiteModelBuilder.Build(ContentLoader.Load(content, diagnostics), diagnostics)!;
        var found = SearchDocuments.For(model).Where(d => d.Kind == SearchKind.Indicator && d.Text.Contains("调离", StringComparison.Ordinal)).ToList();
        Assert.Equal("网络客户端更新新闻数量", Assert.Single(found).Title);
    }

    [Fact]
    public void Without_evaluation_the_appended_columns_are_empty()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--templates", RepoPaths.Templates).ExitCode);

        foreach (var row in Csv.ReadRecords(site.Join("output", "2020", "224002", "indicators.csv")))
        {
            Assert.All(EvaluationColumns, c => Assert.Equal("", row[c]));
        }

        Assert.All(Csv.ReadRecords(site.Join("output", "2020", "projects.csv")), row => Assert.Equal("", row["总分"]));
    }
}
