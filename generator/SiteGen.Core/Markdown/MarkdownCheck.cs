using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Markdown;

/// <summary>Finds what a prose field may not hold: unsafe links, images, nesting too deep to render.</summary>
public static class MarkdownCheck
{
    /// <summary>Reports every problem at its line and column in the YAML file.</summary>
    /// <param name="start">Where the Markdown's first character stands in the file.</param>
    public static void Check(string markdown, SourceLocation start, DiagnosticBag diagnostics)
    {
        if (MarkdownSyntax.Parse(markdown) is not { } document || MarkdownSyntax.ToHtml(document) is null)
        {
            diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, start,
                "Markdown 嵌套层级过深（几十层的列表、引用或括号）：请改为普通段落");
            return;
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage)
            {
                diagnostics.Report(DiagnosticCodes.ImageNotAllowed, At(start, link), "正文中不能插入图片：公开文档只发布文字和表格");
            }
            else if (!LinkPolicy.IsSafe(link.Url))
            {
                diagnostics.Report(DiagnosticCodes.UnsafeLink, At(start, link),
                    $"链接地址 “{link.Url}” 不安全：只允许 http、https、mailto 和站内相对地址");
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !LinkPolicy.IsSafe(l.Url)))
        {
            diagnostics.Report(DiagnosticCodes.UnsafeLink, At(start, link), $"链接地址 “{link.Url}” 不安全：只允许 http、https 和 mailto");
        }
    }

    /// <summary>Markdig positions are 0-based and relative to the Markdown text; the YAML value starts at <paramref name="start"/>.</summary>
    private static SourceLocation At(SourceLocation start, Inline inline) =>
        inline.Line == 0
            ? start with { Column = start.Column + inline.Column }
            : start with { Line = start.Line + inline.Line, Column = start.Column + inline.Column };
}
