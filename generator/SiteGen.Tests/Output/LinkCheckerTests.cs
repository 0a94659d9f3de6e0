using AngleSharp.Html.Parser;
using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Output;

/// <summary>A build refuses to publish a site with a broken internal link, a missing anchor or a duplicate id.</summary>
public sealed class LinkCheckerTests
{
    private static readonly string County = Path.Join(RepoPaths.Golden, "County", "content");
    private static readonly string[] CheckedAttributes = ["id", "href", "src", "action", "poster"];

    public static TheoryData<string> Sites() => [RepoPaths.Content, County, Path.Join(RepoPaths.Golden, "Showcase", "content")];

    [Theory]
    [MemberData(nameof(Sites))]
    public void The_fast_scanner_finds_exactly_the_ids_and_links_AngleSharp_finds(string content)
    {
        using var folder = new TempFolder();
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Templates, folder.Join("site"))).Succeeded);

        foreach (var page in GoldenFiles.ListFiles(folder.Join("site")).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(folder.Join("site", page));
            var document = new HtmlParser().ParseDocument(html);
            var expected = document.All
                .SelectMany(e => CheckedAttributes.Where(e.HasAttribute).Select(a => $"{a}={e.GetAttribute(a)}"))
                .Order(StringComparer.Ordinal);
            var scanned = HtmlLinkScanner.Scan(html).Select(r => $"{r.Name}={r.Value}").Order(StringComparer.Ordinal);
            Assert.Equal(expected, scanned);
        }
    }

    [Fact]
    public void A_broken_link_in_Markdown_is_reported_at_its_YAML_field_and_nothing_is_published()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(County, "content");
        var disclosure = folder.Join("content", "2021", "900001", "disclosure.yml");
        File.WriteAllText(disclosure, File.ReadAllText(disclosure).Replace("  - 加强组织领导", "  - 见[往年](../../2019/900001/index.html)。加强组织领导", StringComparison.Ordinal));

        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("site")));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "SG6003");
        Assert.Equal(disclosure, error.Location.Path);
        Assert.Equal("    - 见[往年](../../2019/900001/index.html)。加强组织领导，落实资金监管责任。", File.ReadAllLines(disclosure)[error.Location.Line - 1]);
        Assert.Contains("2021/900001/index.html", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Join("site")));
    }

    [Theory]
    [InlineData("<a href=\"#no-such-anchor\">x</a>", "SG6003", "#no-such-anchor")]
    [InlineData("<a href=\"../2019/index.html\">x</a>", "SG6003", "2019/index.html")]
    [InlineData("<a href=\"/index.html\">x</a>", "SG6003", "子路径")]
    [InlineData("<p id=\"main\">twice</p>", "SG6004", "main")]
    public void A_template_that_draws_a_broken_link_or_a_duplicate_id_fails_the_build_naming_the_template(string markup, string code, string mention)
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Templates, "templates");
        var year = folder.Join("templates", "pages", "year.html");
        File.AppendAllText(year, markup + "\n");

        var result = SiteBuilder.Build(new BuildOptions(County, folder.Join("templates"), folder.Join("site")));

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.Equal(3, errors.Count); // one per year page
        Assert.All(errors, e => Assert.Equal(year, e.Location.Path));
        Assert.All(errors, e => Assert.Contains(mention, e.Message, StringComparison.Ordinal));
    }
}
