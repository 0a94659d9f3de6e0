using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SiteGen.Import.Sources;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Writes real Word documents for tests, so no binary file is committed: either from blocks as a reader
/// returns them (headings, tables with gridSpan and vertical merges), or from raw body XML for the odd
/// constructs Word writes (fields, tracked changes, content controls).
/// </summary>
internal static class DocxBuilder
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const int TableWidth = 9000; // twips, about an A4 text column

    /// <summary>How headings are marked in the written document.</summary>
    public enum HeadingMark
    {
        /// <summary>The Heading1/Heading2 paragraph style.</summary>
        Style,

        /// <summary>A plain paragraph with a TC field, as in the seed ("… TC 标题 \f A \l 1" in the text export).</summary>
        TcField,
    }

    public sealed record Options
    {
        /// <summary>
        /// Whether cell (row, cell index) is written as a vertical-merge continuation of the cell above it,
        /// which must start at the same grid column with the same span.
        /// </summary>
        public Func<Table, int, int, bool> MergeWithAbove { get; init; } = MergeEmptyLevelCells;

        public HeadingMark Headings { get; init; } = HeadingMark.Style;

        /// <summary>1 or 2: Heading1 or Heading2 (and the TC field's \l level).</summary>
        public Func<Paragraph, int> HeadingLevel { get; init; } = _ => 1;
    }

    /// <summary>Writes <paramref name="blocks"/> as a .docx; cells with Span > 1 get a gridSpan.</summary>
    public static void Write(string path, IReadOnlyList<Block> blocks, Options? options = null)
    {
        options ??= new Options();
        var body = new W.Body();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    body.Append(WriteParagraph(paragraph, options));
                    break;
                case Table table:
                    body.Append(WriteTable(table, options.MergeWithAbove));
                    // Word separates two tables by a paragraph; without it they would become one table.
                    body.Append(new W.Paragraph());
                    break;
            }
        }

        Save(path, body, "");
    }

    /// <summary>
    /// Writes a .docx whose body is <paramref name="bodyXml"/> (prefix w: is declared), with the builder's
    /// styles plus <paramref name="extraStylesXml"/> (w:style elements).
    /// </summary>
    public static void WriteBody(string path, string bodyXml, string extraStylesXml = "") =>
        Save(path, new W.Body($"<w:body xmlns:w=\"{WordNamespace}\">{bodyXml}</w:body>"), extraStylesXml);

    /// <summary>
    /// The merges Word makes in a disclosure's project table, as its text export shows them: an empty cell in
    /// grid column 0 or 1 (一级/二级 指标, the first cell of the purpose and spending rows) continues the
    /// cell above it when that cell, or the start of its merge run, has text. Other empty cells stay cells.
    /// </summary>
    public static bool MergeEmptyLevelCells(Table table, int row, int cell)
    {
        var (start, span) = GridPosition(table.Rows[row], cell);
        if (table.Rows[row].Cells[cell].Text.Length > 0 || start > 1)
        {
            return false;
        }

        for (var above = row - 1; above >= 0; above--)
        {
            var aligned = AlignedCell(table.Rows[above], start, span);
            if (aligned < 0)
            {
                return false;
            }

            if (table.Rows[above].Cells[aligned].Text.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int Span) GridPosition(TableRow row, int cell) =>
        (row.Cells.Take(cell).Sum(c => c.Span), row.Cells[cell].Span);

    /// <summary>The index of the cell of <paramref name="row"/> at exactly this grid position, or -1.</summary>
    private static int AlignedCell(TableRow row, int start, int span)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (GridPosition(row, i) == (start, span))
            {
                return i;
            }
        }

        return -1;
    }

    private static W.Paragraph WriteParagraph(Paragraph paragraph, Options options)
    {
        var written = new W.Paragraph();
        var level = options.HeadingLevel(paragraph);
        if (paragraph.IsHeading && options.Headings == HeadingMark.Style)
        {
            written.Append(new W.ParagraphProperties(new W.ParagraphStyleId { Val = $"Heading{level}" }));
        }

        written.Append(Runs(paragraph.Text));
        if (paragraph.IsHeading && options.Headings == HeadingMark.TcField)
        {
            written.Append(
                new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
                new W.Run(new W.FieldCode($" TC \"{paragraph.Text}\" \\f A \\l {level} ") { Space = SpaceProcessingModeValues.Preserve }),
                new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }));
        }

        return written;
    }

    /// <summary>A run per line of text, tabs as w:tab and line breaks as w:br.</summary>
    private static IEnumerable<W.Run> Runs(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new W.Run();
            if (i > 0)
            {
                run.Append(new W.Break());
            }

            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new W.TabChar());
                }

                if (parts[j].Length > 0)
                {
                    run.Append(new W.Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }

            yield return run;
        }
    }

    private static W.Table WriteTable(Table table, Func<Table, int, int, bool> mergeWithAbove)
    {
        var columns = table.Rows.Max(r => r.Cells.Sum(c => c.Span));
        var columnWidth = TableWidth / columns;
        var merged = table.Rows.Select((row, r) => row.Cells.Select((_, c) => mergeWithAbove(table, r, c)).ToArray()).ToArray();

        var written = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = TableWidth.ToString(), Type = W.TableWidthUnitValues.Dxa },
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4 },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 })),
            new W.TableGrid(Enumerable.Range(0, columns).Select(_ => new W.GridColumn { Width = columnWidth.ToString() })));

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = new W.TableRow();
            for (var c = 0; c < table.Rows[r].Cells.Count; c++)
            {
                var cell = table.Rows[r].Cells[c];
                var properties = new W.TableCellProperties(
                    new W.TableCellWidth { Width = (columnWidth * cell.Span).ToString(), Type = W.TableWidthUnitValues.Dxa });
                if (cell.Span > 1)
                {
                    properties.Append(new W.GridSpan { Val = cell.Span });
                }

                var (start, span) = GridPosition(table.Rows[r], c);
                if (merged[r][c])
                {
                    if (r == 0 || AlignedCell(table.Rows[r - 1], start, span) < 0)
                    {
                        throw new InvalidOperationException($"Cell ({r}, {c}) cannot merge with the cell above: none starts at grid column {start} with span {span}.");
                    }

                    properties.Append(new W.VerticalMerge());
                }
                else if (r + 1 < table.Rows.Count && AlignedCell(table.Rows[r + 1], start, span) is var below and >= 0 && merged[r + 1][below])
                {
                    properties.Append(new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                }

                // Word wants at least one paragraph per cell; a continuation cell keeps just an empty one.
                var lines = merged[r][c] || cell.Text.Length == 0 ? [""] : cell.Text.Split('\n');
                row.Append(new W.TableCell([properties, .. lines.Select(line => new W.Paragraph(Runs(line)))]));
            }

            written.Append(row);
        }

        return written;
    }

    private static void Save(string path, W.Body body, string extraStylesXml)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new W.Document(body);
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new W.Styles($"""
            <w:styles xmlns:w="{WordNamespace}">
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
              {extraStylesXml}
            </w:styles>
            """);
    }
}
