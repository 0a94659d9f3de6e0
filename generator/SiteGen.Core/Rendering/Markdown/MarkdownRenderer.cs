using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markdown;
using SiteGen.Model;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// Renders the Markdown of prose fields (<see cref="MarkdownSyntax"/>). Links are limited to http, https, mailto and
/// relative addresses here too, so rendering is safe even for content that was never checked (<see cref="MarkdownCheck"/>).
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>
    /// The prose as HTML. Unsafe links and images are dropped here too, so rendering is safe even
    /// for content that was never checked.
    /// </summary>
    /// <param name="prefix">HTML put at the start of the first paragraph, such as the numbering 一是.</param>
    public static Html Render(Prose prose, Html? prefix = null)
    {
        if (MarkdownSyntax.Parse(prose.Markdown) is not { } document)
        {
            // Check reports it and the build stops; unchecked callers get the text, escaped.
            return new Html("<p>" + (prefix?.Value ?? "") + Html.Escape(prose.Markdown) + "</p>");
        }

        Neutralise(document);
        if (MarkdownSyntax.ToHtml(document) is not { } rendered)
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
}
