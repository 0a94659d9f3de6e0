using System.Text;
using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Templates;

/// <summary>Scriban's default limits (1,000 loop iterations, 1 MiB of text) would cut a large table short.</summary>
public sealed class LargeTableTests
{
    [Fact]
    public void A_project_with_thousands_of_indicator_rows_renders_every_row()
    {
        const int rows = 6000;
        using var folder = new TempFolder();
        folder.CopyFrom(Path.Join(RepoPaths.Golden, "Broken", "_base", "content"), "content");
        var project = Directory.EnumerateFiles(folder.Join("content"), "1-*.yml", SearchOption.AllDirectories).Single();
        var yaml = new StringBuilder(File.ReadAllText(project));
        for (var i = 1; i <= rows - 4; i++)
        {
            yaml.Append("  - level1: 产出指标\n    level2: 数量指标\n")
                .Append($"    name: 第{i}项虚构指标，名称写得较长以便让页面超过一兆字节的输出上限\n")
                .Append("    description: 虚构的指标描述，同样写得较长，用来检验输出不会被悄悄截断\n")
                .Append($"    target: ≥{i}次\n    basis: 《虚构事务管理办法》\n");
        }

        File.WriteAllText(project, yaml.ToString());

        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Directory.EnumerateFiles(folder.Join("output"), "index.html", SearchOption.AllDirectories).Single(f => f.Contains("100001", StringComparison.Ordinal)));
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(rows, page.QuerySelectorAll("table.indicators tbody tr").Length);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains($"≥{rows - 4}次", html, StringComparison.Ordinal);
        Assert.True(html.Length > 1024 * 1024, $"the page ({html.Length} characters) is larger than Scriban's default output limit");
    }
}
