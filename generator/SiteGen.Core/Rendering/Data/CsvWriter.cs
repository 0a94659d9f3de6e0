using System.Text;

namespace SiteGen.Rendering.Data;

/// <summary>
/// Writes RFC 4180 CSV (CRLF, fields quoted when they hold a comma, quote, CR or LF; quotes doubled) in UTF-8
/// with a BOM, which Excel on Chinese Windows needs to read UTF-8 rather than GBK.
/// </summary>
/// <remarks>
/// Formula injection: Excel runs a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR as a
/// formula. Such a <see cref="CsvType.Text"/> field is written with a leading <c>'</c> (which Excel shows as
/// text); numeric columns hold only validated numbers (<c>-5.00</c>) and are never changed.
/// </remarks>
public static class CsvWriter
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(IReadOnlyList<CsvColumn> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, columns.Select(c => (string?)c.Name).ToList(), columns.Select(_ => CsvType.Text).ToList());
        var types = columns.Select(c => c.Type).ToList();
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"A row has {row.Count} fields for {columns.Count} columns.", nameof(rows));
            }

            AppendRow(text, row, types);
        }

        // Encoded once into the array that is written (a year's indicators.csv is megabytes: no second copy).
        var csv = text.ToString();
        var bytes = new byte[Bom.Length + Utf8.GetByteCount(csv)];
        Bom.CopyTo(bytes, 0);
        Utf8.GetBytes(csv, bytes.AsSpan(Bom.Length));
        return bytes;
    }

    /// <summary>The field as written to the file: guarded when it is text, then quoted when it must be.</summary>
    public static string Field(string? value, CsvType type)
    {
        var field = value ?? "";
        if (type == CsvType.Text && IsFormulaLike(field))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    public static bool IsFormulaLike(string field) => field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> row, List<CsvType> types)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(row[i], types[i]));
        }

        text.Append("\r\n");
    }
}
