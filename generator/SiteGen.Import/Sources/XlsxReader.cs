using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Sources;

/// <summary>
/// Reads an Excel workbook (.xlsx, as the 预算管理一体化 system exports the forms): every sheet in order, each
/// run of rows between blank rows one table, merged ranges as spans (see <see cref="TableCell"/>), and each
/// cell as the sheet shows it (<see cref="XlsxCellText"/>: 10 formatted 0.00 is 10.00). A location is
/// (row, column) of the cell in its sheet; <see cref="Describe"/> names the sheet and cell for a message.
/// </summary>
public static class XlsxReader
{
    public const string Format = "Excel (.xlsx)";

    /// <summary>Far above any real form: a sheet larger than this is read up to here and reported.</summary>
    private const int MaxRows = 20000;

    private const int MaxColumns = 200;

    private static readonly OpenSettings Settings = new() { MaxCharactersInPart = 200L * 1024 * 1024 };

    public static bool IsXlsx(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool IsOldXls(string path) => path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);

    /// <summary>The workbook's blocks and, for messages, which sheets have a cell at each (row, column).</summary>
    public static (LegacyDocument Document, ILookup<(int Row, int Column), (string Sheet, string Text)> Sheets)? Read(string path, DiagnosticBag diagnostics)
    {
        var file = SourceLocation.File(path);
        try
        {
            using var book = SpreadsheetDocument.Open(path, false, Settings);
            if (book.WorkbookPart?.Workbook?.Sheets is not { } sheets)
            {
                diagnostics.Report(DiagnosticCodes.ImportUnreadable, file, "文件是 zip 压缩包，但没有 Excel 工作簿（xl/workbook.xml），不是完整的 .xlsx 文件");
                return null;
            }

            var text = new XlsxCellText(book.WorkbookPart);
            var blocks = new List<Block>();
            var where = new List<((int, int) At, (string, string) Cell)>();
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                if (sheet.Id?.Value is not { } id || book.WorkbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var name = sheet.Name?.Value ?? "";
                var grid = ReadGrid(part.Worksheet, text, path, name, diagnostics);
                where.AddRange(grid.Select(g => (g.Key, (name, g.Value))));
                blocks.AddRange(XlsxTables.Of(grid, MergedRanges(part.Worksheet), path));
            }

            return (new LegacyDocument(path, Format, blocks), where.ToLookup(w => w.At, w => w.Cell));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException
            or InvalidOperationException { Source: "System.IO.Packaging" } or ArgumentOutOfRangeException or FormatException)
        {
            diagnostics.Report(DiagnosticCodes.ImportUnreadable, file,
                $"文件不是有效的 .xlsx（已损坏、不完整，或不是 Excel 工作簿）：请在 Excel 或 WPS 中打开并另存为 .xlsx。详细信息：{ex.Message}");
            return null;
        }
        catch (IOException ex)
        {
            diagnostics.Report(DiagnosticCodes.ImportUnreadable, file, $"无法读取文件（可能被其他程序占用或已损坏）：{ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// “工作表“项目表” B7：”, the start of a message about a cell. Sheets share (row, column), so when several
    /// sheets have a cell there, the one whose text the message quotes is meant; failing that, all are named.
    /// </summary>
    /// <summary>The diagnostic with its sheet and cell named first when it points into a workbook; else as it is.</summary>
    public static Diagnostics.Diagnostic InSheet(ILookup<(int Row, int Column), (string Sheet, string Text)>? sheets, LegacyDocument document, Diagnostics.Diagnostic d) =>
        sheets is not null && d.Location.Path == document.Path ? d with { Message = Describe(sheets, d.Location, d.Message) + d.Message } : d;

    public static string Describe(ILookup<(int Row, int Column), (string Sheet, string Text)> sheets, SourceLocation at, string message)
    {
        var candidates = sheets[(at.Line, at.Column)].ToList();
        var quoted = candidates.Where(c => message.Contains($"“{(c.Text.Length <= 30 ? c.Text : c.Text[..30])}", StringComparison.Ordinal)).ToList();
        var names = (quoted.Count > 0 ? quoted : candidates).Select(c => c.Sheet).Distinct().ToList();
        var cell = $"{ColumnName(at.Column)}{at.Line}";
        return names.Count == 0 ? $"{cell}：" : $"工作表{string.Join("或", names.Select(n => $"“{n}”"))} {cell}：";
    }

    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Dictionary<(int Row, int Column), string> ReadGrid(Worksheet sheet, XlsxCellText text, string path, string name, DiagnosticBag diagnostics)
    {
        var grid = new Dictionary<(int, int), string>();
        var nextRow = 1;
        foreach (var row in sheet.Descendants<Row>())
        {
            var rowNumber = row.RowIndex?.Value is { } index and > 0 ? (int)Math.Min(index, int.MaxValue) : nextRow;
            nextRow = rowNumber + 1;
            if (rowNumber > MaxRows)
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, new SourceLocation(path, MaxRows, 1),
                    $"工作表“{name}”超过 {MaxRows} 行：之后的行没有导入");
                break;
            }

            var nextColumn = 1;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = CellColumn(cell.CellReference?.Value) ?? nextColumn;
                nextColumn = column + 1;
                if (column <= MaxColumns && text.Of(cell) is { Length: > 0 } value)
                {
                    grid[(rowNumber, column)] = value;
                }
            }
        }

        return grid;
    }

    private static List<(int Top, int Left, int Bottom, int Right)> MergedRanges(Worksheet sheet) =>
        [.. sheet.Descendants<MergeCell>()
            .Select(m => m.Reference?.Value?.Split(':') is [var from, var to] && Cell(from) is { } a && Cell(to) is { } b
                ? (Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column), Math.Min(Math.Max(a.Row, b.Row), MaxRows), Math.Min(Math.Max(a.Column, b.Column), MaxColumns))
                : (0, 0, 0, 0))
            .Where(r => r.Item1 > 0 && (r.Item3 > r.Item1 || r.Item4 > r.Item2))];

    private static (int Row, int Column)? Cell(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetter).Count();
        return CellColumn(reference) is { } column && int.TryParse(reference.AsSpan(letters), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) && row > 0
            ? (row, column)
            : null;
    }

    private static int? CellColumn(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > 20000)
            {
                return null;
            }
        }

        return column > 0 ? column : null;
    }
}
