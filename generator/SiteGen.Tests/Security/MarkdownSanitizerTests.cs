using Ganss.Xss;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Security;

/// <summary>
/// HtmlSanitizer as an oracle on rendered Markdown: configured to allow exactly what SiteGen's Markdown may
/// produce (text markup, lists, tables, code, quotes, headings with ids, http/https/mailto/relative links),
/// it must find nothing to remove in the prose of every test site, in every XSS vector, and in the fuzzer's
/// Markdown seeds. It is not a runtime stage: Markdig with raw HTML off cannot emit other markup, links are
/// filtered by <see cref="LinkPolicy"/>, and this test and the fuzzer keep it so.
/// </summary>
public sealed class MarkdownSanitizerTests
{
    public static TheoryData<string> Sites() => ["Showcase", "County", "Site"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void The_prose_of_each_test_site_needs_no_sanitising(string site)
    {
        var contentDir = site == "Site" ? RepoPaths.Content : Path.Join(RepoPaths.Golden, site, "content");
        var diagnostics = new DiagnosticBag();
        var model = SiteModelBuilder.Build(ContentLoader.Load(contentDir, diagnostics), diagnostics)!;
        var prose = AllProse(model).ToList();
        Assert.NotEmpty(prose);
        Assert.All(prose, p => AssertNothingToRemove(p.Markdown));
    }

    [Fact]
    public void Every_xss_vector_renders_to_nothing_the_sanitiser_would_remove()
    {
        foreach (var vector in XssVectors.All)
        {
            AssertNothingToRemove(vector);
            AssertNothingToRemove("前文 " + vector + " 后文");
        }
    }

    [Theory]
    [InlineData("| 左 | 中 | 右 |\n|:--|:-:|--:|\n| a | b | c |")]
    [InlineData("# 标题\n\n## 第二级\n\n> 引用\n\n1. 一\n2. 二\n\n- 甲\n- 乙\n\n`code`\n\n```\nblock\n```\n\n---\n\n~~删除~~ **粗** *斜*")]
    [InlineData("[链接](https://www.example.gov.cn/ \"标题\") [邮件](mailto:a@example.gov.cn) [相对](../2020/index.html#x) <https://www.example.gov.cn/>")]
    [InlineData("3. 从三开始\n4. 四")]
    public void Every_construct_markdown_allows_passes_unchanged(string markdown) => AssertNothingToRemove(markdown);

    [Fact]
    public void Aligned_table_columns_use_classes_because_the_policy_blocks_style_attributes()
    {
        var html = MarkdownRenderer.Render(new Prose("| 左 | 中 | 右 |\n|:--|:-:|--:|\n| a | b | c |", SourceLocation.File("x.yml"))).Value;

        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-left\">左</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-center\">b</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\">c</td>", html, StringComparison.Ordinal);
    }

    internal static void AssertNothingToRemove(string markdown)
    {
        var html = MarkdownRenderer.Render(new Prose(markdown, SourceLocation.File("x.yml"))).Value;
        var removed = new List<string>();
        var sanitizer = Create();
        sanitizer.RemovingTag += (_, e) => removed.Add("tag " + e.Tag.OuterHtml);
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"attribute {e.Attribute.Name}=\"{e.Attribute.Value}\" ({e.Reason})");
        sanitizer.RemovingStyle += (_, e) => removed.Add("style " + e.Style.Name);
        sanitizer.AllowedClasses.UnionWith(["align-left", "align-center", "align-right"]);
        sanitizer.RemovingCssClass += (_, e) => removed.Add("class " + e.CssClass);
        sanitizer.RemovingComment += (_, e) => removed.Add("comment " + e.Comment.TextContent);
        sanitizer.Sanitize(html);
        Assert.True(removed.Count == 0, $"{markdown}\n→ {html}\nthe sanitiser would remove: {string.Join("; ", removed)}");
    }

    /// <summary>Exactly what Markdig's output may hold with SiteGen's pipeline; nothing else.</summary>
    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "em", "strong", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote",
                "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "h1", "h2", "h3", "h4", "h5", "h6",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "id", "start", "class" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        return sanitizer;
    }

    private static IEnumerable<Prose> AllProse(Site site) =>
        site.Disclosures.SelectMany(d => d.AllProse()).Concat(site.Settings.Description is { } description ? [description] : []);
}
