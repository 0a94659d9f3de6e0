using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SiteGen.Import.Sources;

/// <summary>
/// The text a cell shows, not the number it stores: shared and inline strings as written; numbers through the
/// cell's number format (decimals, thousands separators, percent, quoted text such as <c>0.00"万元"</c>, dates as
/// a Chinese Excel shows them: 2021/3/1 or 2021年3月1日); General as the shortest decimal, as Excel shows it.
/// A format this does not know shows the number as General rather than a guess.
/// </summary>
internal sealed partial class XlsxCellText
{
    private readonly List<string> _shared = [];
    private readonly List<uint> _formatOfStyle = [];
    private readonly Dictionary<uint, string> _customFormats = [];

    public XlsxCellText(WorkbookPart workbook)
    {
        foreach (var item in workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>() ?? [])
        {
            _shared.Add(StringOf(item));
        }

        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            _formatOfStyle.Add(format.NumberFormatId?.Value ?? 0);
        }

        foreach (var format in styles?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                _customFormats[id] = code;
            }
        }
    }

    public string Of(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        string text;
        if (type == CellValues.SharedString)
        {
            text = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _shared.Count ? _shared[index] : "";
        }
        else if (type == CellValues.InlineString)
        {
            text = cell.InlineString is { } inline ? StringOf(inline) : raw;
        }
        else if (type == CellValues.Boolean)
        {
            text = raw == "1" ? "TRUE" : "FALSE";
        }
        else if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            text = raw;
        }
        else
        {
            text = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Number(number, FormatCode(cell)) : raw;
        }

        return string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    /// <summary>A string item's text without its phonetic guide (rPh), which Excel does not show.</summary>
    private static string StringOf(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        var builder = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t)
            {
                builder.Append(t.Text);
            }
            else if (child is Run run)
            {
                builder.Append(run.Text?.Text);
            }
        }

        return builder.ToString();
    }

    private string FormatCode(Cell cell)
    {
        var style = cell.StyleIndex?.Value ?? 0;
        var id = style < _formatOfStyle.Count ? _formatOfStyle[(int)style] : 0;
        return _customFormats.TryGetValue(id, out var custom) ? custom : id switch
        {
            1 => "0",
            2 => "0.00",
            3 => "#,##0",
            4 => "#,##0.00",
            9 => "0%",
            10 => "0.00%",
            14 or 15 or 16 or 17 or 22 => "yyyy/m/d",
            31 => "yyyy年m月d日",
            57 or 58 => "yyyy年m月",
            49 => "@",
            _ => "General",
        };
    }

    private static string Number(double number, string code)
    {
        if (!double.IsFinite(number) || Math.Abs(number) > 1e15)
        {
            return number.ToString("R", CultureInfo.InvariantCulture);
        }

        var section = code.Split(';')[0];
        var plain = Literal().Replace(Bracket().Replace(section, ""), "");
        if (code is "General" or "@" || plain.Length == 0 || plain.Contains('E', StringComparison.OrdinalIgnoreCase) && !plain.Contains('y'))
        {
            return General(number);
        }

        if (plain.IndexOfAny(['y', 'd']) >= 0 || (plain.Contains('m') && !plain.Contains('0')))
        {
            return Date(number, plain);
        }

        var point = plain.IndexOf('.');
        var decimals = point < 0 ? 0 : plain[(point + 1)..].TakeWhile(c => c is '0' or '#').Count();
        var percent = plain.Contains('%');
        var grouped = plain.Contains(',');
        var value = (decimal)(percent ? number * 100 : number);
        var shown = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString((grouped ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
        var (prefix, suffix) = Literals(section);
        return prefix + shown + (percent ? "%" : "") + suffix;
    }

    private static string General(double number) => !double.IsFinite(number) || Math.Abs(number) > 1e15
        ? number.ToString("R", CultureInfo.InvariantCulture) :
        ((decimal)Math.Round(number, 10 - (int)Math.Max(0, Math.Floor(Math.Log10(Math.Abs(number) + 1e-300))), MidpointRounding.AwayFromZero))
            .ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Date(double serial, string plain)
    {
        if (serial is < 1 or > 2958465)
        {
            return General(serial);
        }

        var date = DateTime.FromOADate(serial);
        return plain.Contains('年')
            ? (plain.Contains('d') ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : date.ToString("yyyy年M月", CultureInfo.InvariantCulture))
            : plain.Contains('-') ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy/M/d", CultureInfo.InvariantCulture);
    }

    /// <summary>The quoted text before and after the number placeholders (0.00"万元" → "", "万元").</summary>
    private static (string Prefix, string Suffix) Literals(string section)
    {
        var first = section.IndexOfAny(['0', '#']);
        var last = section.LastIndexOfAny(['0', '#', '%']);
        if (first < 0)
        {
            return ("", "");
        }

        string Quoted(string part) => string.Concat(Literal().Matches(part).Select(m => m.Value.Trim('"').TrimStart('\\')));
        return (Quoted(section[..first]), Quoted(section[(last + 1)..]));
    }

    [GeneratedRegex(@"""[^""]*""|\\.")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Bracket();
}
