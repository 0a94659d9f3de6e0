using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Format;

/// <summary>
/// Writes <see cref="ContentFormat"/> as JSON Schema draft-07, the draft the YAML extension of VS Code
/// (yaml-language-server) supports best. Types follow how YAML reads an unquoted value and how the binders
/// read any scalar as text: <c>10.00</c> may be a number or a string, an optional key may be left empty (null).
/// </summary>
public static class ContentSchemaWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every schema file: its name and its text.</summary>
    public static IReadOnlyList<(string FileName, string Text)> All() =>
        [.. ContentFormat.Files.Select(f => (f.FileName, Write(f.Title, f.Root)))];

    public static string Write(string title, MapFormat root)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            w.WriteString("title", title);
            w.WriteString("description", "SiteGen 内容格式（由 sitegen schema 生成，请勿手工修改）");
            WriteBody(w, root, required: true);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteField(Utf8JsonWriter w, ContentField field)
    {
        w.WriteStartObject(field.Key);
        w.WriteString("title", field.Title);
        if (field.Description is { } description)
        {
            w.WriteString("description", description);
        }

        WriteBody(w, field.Type, field.Required);
        w.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter w, ContentType type, bool required)
    {
        switch (type)
        {
            case MapFormat map:
                Types(w, required, "object");
                w.WriteStartObject("properties");
                foreach (var field in map.Fields)
                {
                    WriteField(w, field);
                }

                w.WriteEndObject();
                if (map.Fields.Any(f => f.Required))
                {
                    w.WriteStartArray("required");
                    foreach (var field in map.Fields.Where(f => f.Required))
                    {
                        w.WriteStringValue(field.Key);
                    }

                    w.WriteEndArray();
                }

                w.WriteBoolean("additionalProperties", false);
                break;
            case ListType list:
                Types(w, required, "array");
                w.WritePropertyName("items");
                w.WriteStartObject();
                WriteBody(w, list.Items, required: true);
                w.WriteEndObject();
                break;
            case TextType text:
                Types(w, required, "string", "number");
                if (text.Pattern is { } pattern)
                {
                    w.WriteString("pattern", pattern);
                }

                if (text.Values is { } values)
                {
                    // An unquoted 2020 is a number in YAML; the binder reads it as the text "2020".
                    Enum(w, required, values.Cast<object>().Concat(values.Where(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _)).Select(v => (object)int.Parse(v, CultureInfo.InvariantCulture))));
                }

                break;
            case AmountType:
                Types(w, required, "string", "number");
                w.WriteString("pattern", AmountType.Pattern);
                break;
            case IntegerType:
                Types(w, required, "integer", "string");
                w.WriteString("pattern", @"^\d+$");
                break;
            case BooleanType:
                Types(w, required, "boolean", "string");
                Enum(w, required, [true, false, "true", "True", "TRUE", "false", "False", "FALSE", "是", "否"]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "A content type the schema writer does not know.");
        }
    }

    /// <summary>The JSON types; an optional key may also be left empty (<c>key:</c>), which YAML reads as null.</summary>
    private static void Types(Utf8JsonWriter w, bool required, params string[] types)
    {
        var all = required ? types : [.. types, "null"];
        if (all.Length == 1)
        {
            w.WriteString("type", all[0]);
            return;
        }

        w.WriteStartArray("type");
        foreach (var t in all)
        {
            w.WriteStringValue(t);
        }

        w.WriteEndArray();
    }

    private static void Enum(Utf8JsonWriter w, bool required, IEnumerable<object> values)
    {
        w.WriteStartArray("enum");
        foreach (var value in values)
        {
            switch (value)
            {
                case string s:
                    w.WriteStringValue(s);
                    break;
                case int i:
                    w.WriteNumberValue(i);
                    break;
                case bool b:
                    w.WriteBooleanValue(b);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(values), value, "Not a JSON scalar.");
            }
        }

        if (!required)
        {
            w.WriteNullValue();
        }

        w.WriteEndArray();
    }
}
