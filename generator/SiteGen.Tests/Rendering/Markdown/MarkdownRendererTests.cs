using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Markdown;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Tests.Rendering.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly SourceLocation Start = new("p.yml", 10, 5);

    private static IReadOnlyList<Diagnostic> Check(string markdown)
    {
        var bag = new DiagnosticBag();
        MarkdownCheck.Check(markdown, Start, bag);
        return bag.Sorted();
    }

    private static string Render(string markdown) => MarkdownRenderer.Render(new Prose(markdown, Start)).Value;

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    public void Dangerous_links_are_errors_and_never_rendered_as_links(string markdown)
    {
        Assert.Equal("SG4001", Assert.Single(Check(markdown)).Code);
        Assert.DoesNotContain("href=\"javascript", Render(markdown), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data", Render(markdown), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", Render(markdown), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_scheme_split_by_a_tab_is_not_a_link_at_all() =>
        Assert.DoesNotContain("<a ", Render("[x](java\tscript:alert(1))"), StringComparison.Ordinal);

    [Theory]
    [InlineData("[政策](https://www.gov.cn/zhengce/)")]
    [InlineData("[邮件](mailto:xxgk@example.gov.cn)")]
    [InlineData("[上一年](../2019/index.html)")]
    [InlineData("[本页](#measures)")]
    public void Safe_links_pass_and_render(string markdown)
    {
        Assert.Empty(Check(markdown));
        Assert.Contains("<a href=", Render(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_point_at_the_line_and_column_in_the_yaml_file()
    {
        var diagnostic = Assert.Single(Check("第一行\n详见[说明](javascript:x)。"));

        Assert.Equal(new SourceLocation("p.yml", 11, 7), diagnostic.Location);
    }

    [Fact]
    public void Images_are_not_allowed()
    {
        Assert.Equal("SG4002", Assert.Single(Check("![图](https://example.com/a.png)")).Code);
        Assert.DoesNotContain("<img", Render("![图](https://example.com/a.png)"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("<b onclick=\"x()\">粗</b>", "&lt;b onclick=")]
    [InlineData("文字{onclick=\"x()\"}", "{onclick=")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "&lt;iframe")]
    [InlineData("{{ 7*7 }}", "{{ 7*7 }}")]
    public void Raw_html_and_attribute_syntax_stay_text(string markdown, string expectedText)
    {
        var html = Render(markdown);

        Assert.Contains(expectedText, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" onclick=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_headings_get_distinct_ids()
    {
        var html = Render("## 总体目标\n\n## 保障措施\n");

        Assert.Contains("id=\"总体目标\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"保障措施\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbering_prefix_goes_inside_the_first_paragraph()
    {
        var html = MarkdownRenderer.Render(new Prose("全力加强网上宣传。", Start), new SiteGen.Rendering.Html("一是")).Value;

        Assert.Equal("<p>一是全力加强网上宣传。</p>", html);
    }
}
