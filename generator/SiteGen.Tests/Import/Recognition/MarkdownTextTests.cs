using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Import.Recognition;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Tests.Import.Recognition;

/// <summary>Imported prose is Markdown that shows exactly the document's text on the page.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("≥**个")]
    [InlineData("1. 不是列表")]
    [InlineData("2) 也不是")]
    [InlineData("# 不是标题")]
    [InlineData("> 不是引用")]
    [InlineData("- 不是列表")]
    [InlineData("+ 不是列表")]
    [InlineData("<2次，<b>不是标签</b>")]
    [InlineData("[链接](javascript:alert(1))")]
    [InlineData("a_b_c 和 __下划线__")]
    [InlineData("`代码` 和 ~~删除~~")]
    [InlineData("| 表 | 格 |")]
    [InlineData("&amp; 和 &#60; 和 & 单独")]
    [InlineData("反斜杠 \\ 和 \\*")]
    [InlineData("===")]
    [InlineData("完成率不低于90%")]
    public void Escaped_text_renders_as_the_text_itself(string text)
    {
        var html = MarkdownRenderer.Render(new Prose(MarkdownText.Escape(text), new SourceLocation("t.yml", 1, 1))).Value;

        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        Assert.Equal(text, document.Body!.TextContent.Trim());
        Assert.DoesNotContain(document.Body.QuerySelectorAll("*"), e => e.LocalName != "p");
    }
}
