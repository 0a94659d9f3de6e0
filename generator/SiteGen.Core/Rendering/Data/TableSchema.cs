using SiteGen.Model;

namespace SiteGen.Rendering.Data;

/// <summary>
/// A CSV's description as a Frictionless Tabular Data Resource (https://specs.frictionlessdata.io/): the file's
/// encoding and dialect, and each column's name, type and meaning in Chinese, made from the same column list
/// the CSV is written from.
/// </summary>
public static class TableSchema
{
    public static byte[] Write(string name, string title, string pathPattern, IReadOnlyList<CsvColumn> columns, SiteSettings settings) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("profile", "tabular-data-resource");
        w.WriteString("name", name);
        w.WriteString("title", title);
        w.WriteString("version", DataUrls.SchemaVersion);
        w.WriteString("path", pathPattern);
        w.WriteString("homepage", settings.BaseUrl);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8-sig");
        w.WriteStartObject("dialect");
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\r\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("doubleQuote", true);
        w.WriteBoolean("header", true);
        w.WriteEndObject();
        w.WriteString("description",
            "UTF-8（带 BOM，Excel 可直接打开）、逗号分隔、CRLF 换行、按 RFC 4180 加引号。为防止公式注入，以 = + - @、制表符或回车开头的文字列前加一个英文单引号 '；数值列从不改动。空字段表示原文没有。");
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (var column in columns)
        {
            w.WriteStartObject();
            w.WriteString("name", column.Name);
            w.WriteString("type", column.Type switch
            {
                CsvType.Integer => "integer",
                CsvType.Decimal => "number",
                _ => "string",
            });
            w.WriteString("description", column.Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Strings("missingValues", [""]);
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
