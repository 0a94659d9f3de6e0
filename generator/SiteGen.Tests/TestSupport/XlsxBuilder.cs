using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SiteGen.Import.Sources;
using Table = SiteGen.Import.Sources.Table;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Writes blocks as an Excel workbook the way the 预算管理一体化 system exports a form: one sheet per group of
/// blocks, a paragraph as a row of one cell, a table as its rows followed by a blank row, text as shared strings,
/// amounts such as 10.00 stored as the number 10 with the format 0.00, spans and the empty 一级/二级 cells
/// under a filled one as merged ranges.
/// </summary>
internal static partial class XlsxBuilder
{
    public static void Write(string path, IReadOnlyList<(string Sheet, IReadOnlyList<Block> Blocks)> sheets)
    {
        using var book = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = book.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }));
        var shared = new List<string>();
        uint sheetId = 1;
        foreach (var (name, blocks) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();
            var row = 1;
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        data.Append(new Row(TextCell($"A{row}", paragraph.Text, shared)) { RowIndex = (uint)row });
                        row++;
                        break;
                    case Table table:
                        WriteTable(table, data, merges, ref row, shared);
                        row++;
                        break;
                }
            }

            part.Worksheet = merges.HasChildren ? new Worksheet(data, merges) : new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
        }

        strings.SharedStringTable.Append(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
    }

    private static void WriteTable(Table table, SheetData data, MergeCells merges, ref int row, List<string> shared)
    {
        for (var r = 0; r < table.Rows.Count; r++, row++)
        {
            var written = new Row { RowIndex = (uint)row };
            var column = 1;
            for (var c = 0; c < table.Rows[r].Cells.Count; c++)
            {
                var cell = table.Rows[r].Cells[c];
                var reference = $"{XlsxReader.ColumnName(column)}{row}";
                if (DocxBuilder.MergeEmptyLevelCells(table, r, c))
                {
                    ExtendMergeAbove(merges, column, cell.Span, row);
                }
                else if (cell.Text.Length > 0)
                {
                    written.Append(Amount().IsMatch(cell.Text)
                        ? new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(decimal.Parse(cell.Text, System.Globalization.CultureInfo.InvariantCulture).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)) }
                        : TextCell(reference, cell.Text, shared));
                }

                if (cell.Span > 1 && !DocxBuilder.MergeEmptyLevelCells(table, r, c))
                {
                    merges.Append(new MergeCell { Reference = $"{reference}:{XlsxReader.ColumnName(column + cell.Span - 1)}{row}" });
                }

                column += cell.Span;
            }

            data.Append(written);
        }

    }

    /// <summary>Makes the merge that ends just above (row-1) at this column reach this row, or starts one from the row above.</summary>
    private static void ExtendMergeAbove(MergeCells merges, int column, int span, int row)
    {
        var left = XlsxReader.ColumnName(column);
        var right = XlsxReader.ColumnName(column + span - 1);
        var existing = merges.Elements<MergeCell>().FirstOrDefault(m => m.Reference!.Value!.EndsWith($":{right}{row - 1}", StringComparison.Ordinal)
            && m.Reference.Value.StartsWith(left, StringComparison.Ordinal) && char.IsAsciiDigit(m.Reference.Value[left.Length]));
        if (existing is not null)
        {
            existing.Reference = existing.Reference!.Value![..existing.Reference.Value!.IndexOf(':')] + $":{right}{row}";
        }
        else
        {
            merges.Append(new MergeCell { Reference = $"{left}{row - 1}:{right}{row}" });
        }
    }

    private static Cell TextCell(string reference, string text, List<string> shared)
    {
        var index = shared.IndexOf(text);
        if (index < 0)
        {
            shared.Add(text);
            index = shared.Count - 1;
        }

        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
    }

    [GeneratedRegex(@"^\d+\.\d\d$")]
    private static partial Regex Amount();
}
