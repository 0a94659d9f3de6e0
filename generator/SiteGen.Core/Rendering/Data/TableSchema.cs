using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Rendering.Data;

/// <summary>
/// A CSV kind's Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/): each column's
/// name, type and meaning in Chinese, made from the same column list the CSV is written from, with the file's
/// encoding (an IANA name, so frictionless's libraries accept it) and dialect for readers. A Table Schema has
/// no path: each file's path is in the <c>datapackage.json</c> beside it (<see cref="DataPackage"/>).
/// </summary>
public static class TableSchema
{
    public static byte[] Write(string name, string title, IReadOnlyList<CsvColumn> columns, SiteSettings settings) =>
        JsonOutput.Write(w => WriteObject(w, name, title, columns, settings));

    /// <summary>The schema as one JSON object: the shipped file, and the same object inside each Data Package resource.</summary>
    public static void WriteObject(Utf8JsonWriter w, string name, string title, IReadOnlyList<CsvColumn> columns, SiteSettings settings)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("title", title);
        w.WriteString("version", DataUrls.SchemaVersion);
        w.WriteString("homepage", settings.BaseUrl);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        WriteDialect(w);
        w.WriteString("description",
            "UTF-8 编码，文件开头带 BOM（EF BB BF，便于 Excel 直接打开；按 UTF-8 读取的工具会跳过它）、逗号分隔、CRLF 换行、按 RFC 4180 加引号。为防止公式注入，以 = + - @、制表符或回车开头的文字列前加一个英文单引号 '；数值列从不改动。空字段表示原文没有。");
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
    }

    public static void WriteDialect(Utf8JsonWriter w)
    {
        w.WriteStartObject("dialect");
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\r\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("doubleQuote", true);
        w.WriteBoolean("header", true);
        w.WriteEndObject();
    }
}
