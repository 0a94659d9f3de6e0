using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Sources;

/// <summary>
/// Reads a Word document saved as plain text ("纯文本"). Word writes every table cell on its own line
/// after a tab, ends each table row with a blank line, and writes a cell's later paragraphs without the
/// tab; body paragraphs have no tab (often a few spaces of first-line indent). Headings that carry a
/// table-of-contents entry end with the field code, e.g. <c>一、总体绩效目标 TC 总体绩效目标 \f A \l 1</c>.
/// </summary>
public static partial class TextExportReader
{
    public static LegacyDocument Read(string text, string path, string format)
    {
        var blocks = new List<Block>();
        var table = new TableBuilder();
        var lines = OneCellPerLine.AsTabCells(text.ReplaceLineEndings("\n").Split('\n'), IsPipeRow, LooksLikeHeading);

        // A “|” row is whole on its line: the lines of its last cell follow it at once, so after a blank line a
        // paragraph (（续表）, a note) is below the table, not more of the cell above.
        var blankAfterPipeRow = false;
        var lastRowWasPipe = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var at = new SourceLocation(path, i + 1, FirstVisibleColumn(line));
            if (PageFooter().IsMatch(line))
            {
                continue; // “— 1 —” between pages of a PDF's text: not content, and a table goes on after it
            }

            if (!line.StartsWith('\t') && PipeCells(line, i + 1, path, oneCellRow: table.IsOpen) is { } pipeCells)
            {
                table.EndRow();
                foreach (var (cell, cellAt) in pipeCells)
                {
                    table.AddCell(cell, cellAt);
                }

                table.EndRow();
                blankAfterPipeRow = false;
                lastRowWasPipe = true;
            }
            else if (line.StartsWith('\t'))
            {
                table.AddCell(line.Trim(), at); // a lone tab is a blank cell
                lastRowWasPipe = false;
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                table.EndRow();
                blankAfterPipeRow = lastRowWasPipe;
            }
            else
            {
                var (paragraph, isHeading) = WithoutFieldCode(line.Trim());
                if (table.IsOpen && !isHeading && !LooksLikeHeading(paragraph) && !blankAfterPipeRow)
                {
                    table.ContinueLastCell(paragraph);
                    continue;
                }

                table.FlushInto(blocks);
                blocks.Add(new Paragraph(paragraph, isHeading, at));
            }
        }

        table.FlushInto(blocks);
        return new LegacyDocument(path, format, blocks);
    }

    private static bool IsPipeRow(string line) => PipeCells(line, 1, "") is not null;

    /// <summary>Removes a TC (table of contents entry) field code; its presence marks a heading.</summary>
    public static (string Text, bool IsHeading) WithoutFieldCode(string line)
    {
        var match = FieldCode().Match(line);
        return match.Success ? (line[..match.Index].TrimEnd(), true) : (line, false);
    }

    /// <summary>
    /// Headings that end a table even without a field code: the parts of the document and a project's table
    /// title. Anything else after a table is a further paragraph of its last cell, as Word exports it.
    /// </summary>
    private static bool LooksLikeHeading(string paragraph) => HeadingPattern().IsMatch(paragraph);

    private static int FirstVisibleColumn(string line)
    {
        var index = 0;
        while (index < line.Length && char.IsWhiteSpace(line[index]))
        {
            index++;
        }

        return index + 1;
    }

    /// <summary>
    /// A row copied from a web page, its cells joined by “|” (an outer “|” at either end is optional): the cells,
    /// trimmed, “—” as blank, each at its column. Null for a line with no “|” between two cells (unless <paramref name="oneCellRow"/>).
    /// </summary>
    private static List<(string Text, SourceLocation At)>? PipeCells(string line, int lineNumber, string path, bool oneCellRow = false)
    {
        if (!line.Contains('|'))
        {
            return null;
        }

        var cells = new List<(string, SourceLocation)>();
        var start = 0;
        var trimmed = line.TrimEnd();
        var leading = line.Length - line.TrimStart().Length;
        if (leading < line.Length && line[leading] == '|')
        {
            start = leading + 1;
        }

        while (start <= trimmed.Length)
        {
            var end = trimmed.IndexOf('|', start);
            if (end < 0)
            {
                end = trimmed.Length;
            }

            var text = trimmed[start..end];
            var cell = text.Trim();
            var column = start + (text.Length - text.TrimStart().Length) + 1;
            if (end < trimmed.Length || cell.Length > 0)
            {
                cells.Add((cell is "—" or "——" ? "" : cell, new SourceLocation(path, lineNumber, column)));
            }

            start = end + 1;
        }

        // Inside a pipe table, a line that starts with “|” is a row even with one cell (a full-width 注 row): taking
        // it for a wrapped line of the cell above would glue the note onto a target.
        var startsWithPipe = leading < line.Length && line[leading] == '|';
        return cells.Count >= 2 || (oneCellRow && startsWithPipe && cells.Count == 1) ? cells : null;
    }

    [GeneratedRegex(@"^\s*[—–\-－]\s*\d{1,4}\s*[—–\-－]\s*$")]
    private static partial Regex PageFooter();

    [GeneratedRegex(@"\s+TC\s+.*\\l\s*""?\d+""?\s*$")]
    private static partial Regex FieldCode();

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|.{0,60}(绩效)?目标表)$")]
    private static partial Regex HeadingPattern();

    /// <summary>Collects cells into rows and rows into the table being read.</summary>
    private sealed class TableBuilder
    {
        private readonly List<TableRow> rows = [];
        private List<TableCell>? row;

        public bool IsOpen => rows.Count > 0 || row is not null;

        public void AddCell(string text, SourceLocation at) => (row ??= []).Add(new TableCell(text, at));

        public void EndRow()
        {
            if (row is { Count: > 0 })
            {
                rows.Add(new TableRow(row, row[0].At));
            }

            row = null;
        }

        /// <summary>A later paragraph of the last cell written (Word drops the tab for it).</summary>
        public void ContinueLastCell(string paragraph)
        {
            var cells = row is { Count: > 0 } ? row : rows.Count > 0 ? [.. rows[^1].Cells] : null;
            if (cells is null)
            {
                return;
            }

            var last = cells[^1];
            cells[^1] = last with { Text = last.Text.Length == 0 ? paragraph : $"{last.Text}\n{paragraph}" };
            if (!ReferenceEquals(cells, row))
            {
                rows[^1] = rows[^1] with { Cells = cells };
            }
        }

        public void FlushInto(List<Block> blocks)
        {
            EndRow();
            if (rows.Count > 0)
            {
                blocks.Add(new Table([.. rows], rows[0].At));
                rows.Clear();
            }

        }
    }
}
