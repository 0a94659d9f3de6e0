using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Sources;

/// <summary>
/// Reads a saved web page (.html/.htm, as county portals publish the forms) into the blocks a Word document
/// gives: headings and paragraphs, and every data table (a <c>&lt;table&gt;</c> with no table inside) as its
/// grid, rowspan/colspan expanded so rows keep their columns (see <see cref="TableCell"/>). Tables that only
/// lay the page out are unwrapped; scripts, styles and navigation are not read. A cell of only <c>&amp;nbsp;</c>
/// or a dash (—) is empty. The encoding is the page's meta charset (GBK pages are common), else the text
/// file rules of <see cref="TextDecoder"/>. A location is the line and column of the element in the HTML file.
/// </summary>
public static partial class HtmlReader
{
    public const string FormatPrefix = "HTML";

    /// <summary>Far above any real form; a larger span is a broken page, not a wider table.</summary>
    private const int MaxColSpan = 100;

    private const int MaxRowSpan = 1000;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "nav", "noscript", "template", "head", "select", "button", "iframe", "object", "svg", "form",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "tbody", "thead",
        "tfoot", "section", "article", "main", "center", "blockquote", "pre", "header", "footer", "dl", "dt", "dd", "caption",
    };

    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    public static LegacyDocument? Read(byte[] bytes, string path, string? forcedEncoding, DiagnosticBag diagnostics)
    {
        var charset = forcedEncoding ?? MetaCharset(bytes);
        if (TextDecoder.Decode(bytes, path, charset, diagnostics) is not { } decoded)
        {
            return null;
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(decoded.Text);
        var blocks = new List<Block>();
        new Walker(path, blocks).Walk(document.Body ?? (INode)document);
        return new LegacyDocument(path, $"{FormatPrefix} ({decoded.EncodingName})", blocks);
    }

    /// <summary>The charset a meta tag names, mapped to a name <see cref="TextDecoder"/> knows, or null.</summary>
    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Charset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        return name switch
        {
            "gbk" or "gb2312" or "gb18030" or "x-gbk" or "cp936" => "gb18030",
            "utf-8" or "utf8" => "utf-8",
            _ => null,
        };
    }

    [GeneratedRegex(@"<meta[^>]*charset\s*=\s*[""']?(?<name>[A-Za-z0-9_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    private sealed class Walker(string path, List<Block> blocks)
    {
        public void Walk(INode parent)
        {
            var loose = new StringBuilder();
            INode? looseStart = null;
            foreach (var child in parent.ChildNodes)
            {
                if (child is IElement element && (Skipped.Contains(element.LocalName) || BlockTags.Contains(element.LocalName)))
                {
                    Flush(loose, looseStart);
                    looseStart = null;
                    if (!Skipped.Contains(element.LocalName))
                    {
                        Element(element);
                    }
                }
                else
                {
                    looseStart ??= child;
                    AppendText(child, loose);
                }
            }

            Flush(loose, looseStart);
        }

        private void Element(IElement element)
        {
            var name = element.LocalName;
            if (name == "table")
            {
                if (element.QuerySelector("table") is null && !IsLayoutBox(element))
                {
                    Table(element);
                }
                else
                {
                    Walk(element); // a layout table: its cells are the page's containers
                }
            }
            else if (name.Length == 2 && name[0] == 'h' && char.IsAsciiDigit(name[1]))
            {
                AddParagraphs(Text(element), isHeading: true, At(element));
            }
            else if (element.Children.Any(c => BlockTags.Contains(c.LocalName)))
            {
                Walk(element);
            }
            else
            {
                AddParagraphs(Text(element), isHeading: false, At(element));
            }
        }

        /// <summary>A table of one cell holding paragraphs or headings (a notice's page box): not a table of the form.</summary>
        private static bool IsLayoutBox(IElement table) =>
            table.QuerySelectorAll("td, th").ToList() is [var only] && only.Children.Any(c => BlockTags.Contains(c.LocalName));

        private void Flush(StringBuilder loose, INode? start)
        {
            if (loose.Length > 0 && start is not null)
            {
                AddParagraphs(Lines(loose.ToString()), false, At(start as IElement ?? start.ParentElement));
            }

            loose.Clear();
        }

        private void AddParagraphs(string text, bool isHeading, SourceLocation at)
        {
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                blocks.Add(new Paragraph(line, isHeading, at));
            }
        }

        private void Table(IElement table)
        {
            if (table.QuerySelector("caption") is { } caption && Text(caption) is { Length: > 0 } captionText)
            {
                AddParagraphs(captionText, true, At(caption));
            }

            var rows = new List<TableRow>();
            var pending = new SortedDictionary<int, (int Rows, int Span)>();
            foreach (var tr in table.QuerySelectorAll("tr"))
            {
                var cells = new List<TableCell>();
                var column = 0;
                var rowAt = At(tr);
                void AddCovered(int key)
                {
                    cells.Add(new TableCell("", rowAt, pending[key].Span, ContinuesAbove: true));
                    column = key + pending[key].Span;
                }

                foreach (var td in tr.Children.Where(c => c.LocalName is "td" or "th"))
                {
                    while (pending.ContainsKey(column))
                    {
                        AddCovered(column);
                    }

                    var span = Math.Clamp(Number(td.GetAttribute("colspan")), 1, MaxColSpan);
                    var rowSpan = Math.Clamp(Number(td.GetAttribute("rowspan")), 1, MaxRowSpan);
                    cells.Add(new TableCell(CellText(td), At(td), span));
                    if (rowSpan > 1)
                    {
                        pending[column] = (rowSpan, span);
                    }

                    column += span;
                }

                foreach (var key in pending.Keys.Where(k => k >= column).ToList())
                {
                    AddCovered(key);
                }

                foreach (var key in pending.Keys.ToList())
                {
                    var (left, width) = pending[key];
                    if (left <= 1)
                    {
                        pending.Remove(key);
                    }
                    else
                    {
                        pending[key] = (left - 1, width);
                    }
                }

                if (cells.Count > 0)
                {
                    rows.Add(new TableRow(cells, rowAt));
                }
            }

            if (TitleRow.Take(rows) is { } title)
            {
                blocks.Add(title);
            }

            if (rows.Count > 0)
            {
                blocks.Add(new Table(RowSpans.Count(rows), rows[0].At));
            }
        }

        private static int Number(string? attribute) =>
            int.TryParse(attribute, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;

        private static string CellText(IElement cell)
        {
            var text = Text(cell);
            return text is "—" or "——" or "－" or "－－" ? "" : text;
        }

        private SourceLocation At(IElement? element) =>
            element?.SourceReference?.Position is { } position
                ? new SourceLocation(path, Math.Max(1, position.Line), Math.Max(1, position.Column))
                : SourceLocation.File(path);
    }

    /// <summary>An element's visible text: whitespace collapsed, br and block elements as line breaks.</summary>
    private static string Text(IElement element)
    {
        var builder = new StringBuilder();
        AppendText(element, builder);
        return Lines(builder.ToString());
    }

    private static void AppendText(INode node, StringBuilder builder)
    {
        switch (node)
        {
            case IText text:
                builder.Append(Whitespace().Replace(text.Data, " "));
                break;
            case IElement { LocalName: "br" }:
                builder.Append('\n');
                break;
            case IElement element when Skipped.Contains(element.LocalName):
                break;
            case IElement element:
                var block = BlockTags.Contains(element.LocalName);
                if (block)
                {
                    builder.Append('\n');
                }

                foreach (var child in element.ChildNodes)
                {
                    AppendText(child, builder);
                }

                if (block)
                {
                    builder.Append('\n');
                }

                break;
        }
    }

    /// <summary>Lines trimmed (a no-break space counts as space), empty ones dropped, joined by "\n".</summary>
    private static string Lines(string text) =>
        string.Join('\n', text.Replace('\u00A0', ' ').Split('\n').Select(l => Whitespace().Replace(l, " ").Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"[ \t\r\n\f\u00A0]+")]
    private static partial Regex Whitespace();
}
