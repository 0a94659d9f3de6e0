using System.Text.Json.Nodes;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Search;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Monitoring;

/// <summary>The fictional monitoring of the seed in data.json (each project's "monitoring") and in the search index (原因说明).</summary>
public sealed class MonitoringOpenDataTests
{
    private static readonly string[] RowKeys = ["name", "actual", "forecast", "likelihood"];

    [Fact]
    public void Data_json_carries_each_projects_monitoring_and_the_search_index_finds_the_reasons()
    {
        using var site = new TempFolder();
        MonitoredSeed.CopyTo(site.Join("content"));
        site.CopyFrom(RepoPaths.Templates, "templates");

        var result = CliRunner.Run(site.Path, "build");

        Assert.Equal(0, result.ExitCode);
        var data = JsonNode.Parse(File.ReadAllText(site.Join("output", "2020", "224002", "data.json")))!;
        var projects = data["projects"]!.AsArray();
        var news = projects[0]!["monitoring"]!;
        Assert.Equal("2020-07-31", (string?)news["as_of"]);
        Assert.Equal("10.00", (string?)news["annual_budget"]);
        Assert.Equal("5.20", (string?)news["spent"]);
        Assert.Equal("52.00", (string?)news["execution_rate"]);
        var first = news["indicators"]![0]!;
        Assert.Equal(["网络客户端更新新闻数量", "110篇", "200篇", "有可能"], RowKeys.Select(k => (string?)first[k]));
        Assert.Equal(["人员保障"], first["causes"]!.AsArray().Select(c => (string?)c));
        Assert.All(projects, p => Assert.Equal(6, p!["monitoring"]!["indicators"]!.AsArray().Count));

        var diagnostics = new DiagnosticBag();
        var model = SiteModelBuilder.Build(ContentLoader.Load(site.Join("content"), diagnostics), diagnostics)!;
        var found = SearchDocuments.For(model).Where(d => d.Kind == SearchKind.Indicator && d.Text.Contains("档案室改造", StringComparison.Ordinal)).ToList();
        Assert.Equal("档案归档、保管完成程度", Assert.Single(found).Title);
    }

    [Fact]
    public void Data_json_of_a_disclosure_without_monitoring_has_no_monitoring_key()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        site.CopyFrom(RepoPaths.Templates, "templates");

        Assert.Equal(0, CliRunner.Run(site.Path, "build").ExitCode);

        Assert.DoesNotContain("\"monitoring\"", File.ReadAllText(site.Join("output", "2020", "224002", "data.json")), StringComparison.Ordinal);
    }
}
