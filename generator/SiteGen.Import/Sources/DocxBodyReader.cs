using DocumentFormat.OpenXml;
using SiteGen.Diagnostics;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import.Sources;

/// <summary>
/// Walks a document body in reading order into blocks, numbering paragraphs as it goes
/// (see <see cref="DocxReader"/> for what a location means in a .docx).
/// </summary>
internal sealed class DocxBodyReader
{
    private readonly string _path;
    private readonly DocxHeadingStyles _styles;
    private int _paragraphs;

    private DocxBodyReader(string path, DocxHeadingStyles styles)
    {
        _path = path;
        _styles = styles;
    }

    public static IReadOnlyList<Block> Read(W.Body body, string path, DocxHeadingStyles styles) =>
        new DocxBodyReader(path, styles).ReadBlocks(body);

    private List<Block> ReadBlocks(W.Body body)
    {
        var blocks = new List<Block>();
        foreach (var child in Unwrap(body))
        {
            switch (child)
            {
                case W.Paragraph paragraph:
                    var at = NextParagraph();
                    var (text, hasTocField) = DocxText.Of(paragraph);
                    if (text.Length > 0)
                    {
                        blocks.Add(new Paragraph(text, hasTocField || _styles.IsHeading(paragraph), at));
                    }

                    break;
                case W.Table table:
                    blocks.Add(ReadTable(table));
                    break;
            }
        }

        return blocks;
    }

    /// <summary>
    /// The children of an element, with content controls (w:sdt) and custom XML wrappers replaced by what
    /// they hold, at any depth: the same for blocks in a body or cell, rows in a table and cells in a row.
    /// </summary>
    internal static IEnumerable<OpenXmlElement> Unwrap(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            var inner = child switch
            {
                W.SdtElement sdt => sdt.ChildElements.Where(e => e.LocalName == "sdtContent").SelectMany(Unwrap),
                W.CustomXmlElement xml => Unwrap(xml),
                _ => null,
            };
            if (inner is null)
            {
                yield return child;
                continue;
            }

            foreach (var element in inner)
            {
                yield return element;
            }
        }
    }

    private SourceLocation NextParagraph() => new(_path, ++_paragraphs, 1);

    /// <summary>Where the next paragraph will be: the location of a table, row or cell that starts with it.</summary>
    private SourceLocation Here() => new(_path, _paragraphs + 1, 1);

    private Table ReadTable(W.Table table)
    {
        var at = Here();
        var rows = new List<TableRow>();
        foreach (var row in Unwrap(table).OfType<W.TableRow>())
        {
            // Read even when dropped, so that the paragraphs after it keep their numbers.
            var read = ReadRow(row);
            if (row.TableRowProperties?.GetFirstChild<W.Deleted>() is null)
            {
                rows.Add(read);
            }
        }

        return new Table(RowSpans.Count(rows), at);
    }

    private TableRow ReadRow(W.TableRow row)
    {
        var at = Here();
        var cells = Unwrap(row).OfType<W.TableCell>().Select(ReadCell).ToList();
        return new TableRow(cells, at);
    }

    private TableCell ReadCell(W.TableCell cell)
    {
        var at = Here();
        var lines = new List<string>();
        ReadCellLines(cell, lines);
        var properties = cell.TableCellProperties;
        var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
        // A w:vMerge without val="restart" continues the cell above; Word's text export shows it empty.
        var continuation = properties?.VerticalMerge is { } merge && merge.Val?.Value != W.MergedCellValues.Restart;
        return new TableCell(continuation ? "" : string.Join('\n', lines), at, span, ContinuesAbove: continuation);
    }

    /// <summary>A cell's non-empty paragraphs, then the cells of a nested table as further lines.</summary>
    private void ReadCellLines(OpenXmlElement container, List<string> lines)
    {
        foreach (var child in Unwrap(container))
        {
            switch (child)
            {
                case W.Paragraph paragraph:
                    NextParagraph();
                    var text = DocxText.Of(paragraph).Text;
                    if (text.Length > 0)
                    {
                        lines.Add(text);
                    }

                    break;
                case W.Table nested:
                    foreach (var row in Unwrap(nested).OfType<W.TableRow>())
                    {
                        lines.AddRange(Unwrap(row).OfType<W.TableCell>().Select(ReadCell).Select(c => c.Text).Where(t => t.Length > 0));
                    }

                    break;
            }
        }
    }
}
