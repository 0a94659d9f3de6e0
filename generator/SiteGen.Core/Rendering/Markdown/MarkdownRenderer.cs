using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// Renders the Markdown of prose fields. Raw HTML is off; only the extensions that cannot carry markup
/// are on (no generic attributes, no media embeds); headings get GitHub-style ids so Chinese headings
/// keep distinct ids; links are limited to http, https, mailto and relative addresses.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation() // without it inline links report line 0, column 0
        .Build();

    /// <summary>Reports every unsafe link and image in the prose, at its line and column in the YAML file.</summary>
    public static void Check(Prose prose, DiagnosticBag diagnostics)
    {
        if (Parse(prose) is not { } document || ToHtml(document) is null)
        {
            diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, prose.Start,
                "Markdown 嵌套层级过深（几十层的列表、引用或括号）：请改为普通段落");
            return;
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage)
            {
                diagnostics.Report(DiagnosticCodes.ImageNotAllowed, At(prose, link), "正文中不能插入图片：公开文档只发布文字和表格");
            }
            else if (!LinkPolicy.IsSafe(link.Url))
            {
                diagnostics.Report(DiagnosticCodes.UnsafeLink, At(prose, link),
                    $"链接地址 “{link.Url}” 不安全：只允许 http、https、mailto 和站内相对地址");
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !LinkPolicy.IsSafe(l.Url)))
        {
            diagnostics.Report(DiagnosticCodes.UnsafeLink, At(prose, link), $"链接地址 “{link.Url}” 不安全：只允许 http、https 和 mailto");
        }
    }

    /// <summary>
    /// The prose as HTML. Unsafe links and images are dropped here too, so rendering is safe even
    /// for content that was never checked.
    /// </summary>
    /// <param name="prefix">HTML put at the start of the first paragraph, such as the numbering 一是.</param>
    public static Html Render(Prose prose, Html? prefix = null)
    {
        if (Parse(prose) is not { } document)
        {
            // Check reports it and the build stops; unchecked callers get the text, escaped.
            return new Html("<p>" + (prefix?.Value ?? "") + Html.Escape(prose.Markdown) + "</p>");
        }

        Neutralise(document);
        if (ToHtml(document) is not { } rendered)
        {
            return new Html("<p>" + (prefix?.Value ?? "") + Html.Escape(prose.Markdown) + "</p>");
        }

        var html = rendered.TrimEnd('\n');
        if (prefix is null)
        {
            return new Html(html);
        }

        return new Html(html.StartsWith("<p>", StringComparison.Ordinal)
            ? "<p>" + prefix.Value + html[3..]
            : "<p>" + prefix.Value + "</p>\n" + html);
    }

    /// <summary>The parsed prose, or null when Markdig refuses it as nested too deeply (it throws, parsing or rendering; found by fuzzing).</summary>
    private static MarkdownDocument? Parse(Prose prose)
    {
        try
        {
            return Markdig.Markdown.Parse(prose.Markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? ToHtml(MarkdownDocument document)
    {
        try
        {
            return Markdig.Markdown.ToHtml(document, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void Neutralise(MarkdownDocument document)
    {
        AlignByClass(document);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !LinkPolicy.IsSafe(link.Url))
            {
                link.ReplaceBy(new LiteralInline(link.IsImage ? "" : LinkText(link)));
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !LinkPolicy.IsSafe(l.Url)).ToList())
        {
            link.ReplaceBy(new LiteralInline(link.Url));
        }
    }

    /// <summary>
    /// Markdig aligns table columns with style attributes, which the pages' Content-Security-Policy (style-src
    /// 'self', no inline styles) blocks; a class from site.css carries the alignment instead.
    /// </summary>
    private static void AlignByClass(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            // A cell's ColumnIndex is not always set by the pipe-table parser; its place in the row is the column.
            foreach (var (cell, column) in table.OfType<TableRow>().SelectMany(row => row.OfType<TableCell>().Select((cell, i) => (cell, i))))
            {
                if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } align)
                {
                    cell.GetAttributes().AddClass(align switch
                    {
                        TableColumnAlign.Center => "align-center",
                        TableColumnAlign.Right => "align-right",
                        _ => "align-left",
                    });
                }
            }

            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }
    }

    private static string LinkText(LinkInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>Markdig positions are 0-based and relative to the Markdown text; the YAML value starts at prose.Start.</summary>
    private static SourceLocation At(Prose prose, Inline inline) =>
        inline.Line == 0
            ? prose.Start with { Column = prose.Start.Column + inline.Column }
            : prose.Start with { Line = prose.Start.Line + inline.Line, Column = prose.Start.Column + inline.Column };
}
