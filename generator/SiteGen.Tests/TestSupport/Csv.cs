using System.Text;

namespace SiteGen.Tests.TestSupport;

/// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes, nothing lenient.</summary>
internal static class Csv
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The records of a UTF-8 CSV file that starts with a BOM; the first is the header.</summary>
    public static List<string[]> ReadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(Bom), $"{path} does not start with the UTF-8 BOM");
        return Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3));
    }

    /// <summary>Header names → values, one dictionary per data record.</summary>
    public static List<Dictionary<string, string>> ReadRecords(string path)
    {
        var rows = ReadFile(path);
        var header = rows[0];
        return [.. rows.Skip(1).Select(r =>
        {
            Assert.Equal(header.Length, r.Length);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        })];
    }

    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i == text.Length || text[i] == ',' || text[i] == '\r', $"text after a closing quote at {i}");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', "a record must end with CRLF");
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    i += 2;
                    break;
                case '\n' or '"':
                    Assert.Fail($"bare {(text[i] == '"' ? "quote" : "LF")} in an unquoted field at {i}");
                    break;
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        Assert.True(fields.Count == 0 && field.Length == 0, "the last record must end with CRLF");
        return records;
    }
}
