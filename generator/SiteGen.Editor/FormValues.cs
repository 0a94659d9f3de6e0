using System.Text.Json.Nodes;
using SiteGen.Content;
using SiteGen.Format;

namespace SiteGen.Editor;

/// <summary>
/// A content file's values as the form holds them: a JSON object per mapping with every field of its format (null when
/// the file leaves it out), an array per list, each scalar's text as it reads (a block's final line break dropped).
/// And back: the form's values of a new field or item as a <see cref="ContentMap"/> for the one YAML writer.
/// </summary>
public static class FormValues
{
    public static JsonObject Of(YamlNode? node, MapFormat format)
    {
        var map = node as YamlMapping;
        var result = new JsonObject();
        foreach (var field in format.Fields)
        {
            var value = map?.Entries.FirstOrDefault(e => e.Key.Value == field.Key)?.Value;
            result[field.Key] = Of(value, field.Type);
        }

        return result;
    }

    internal static JsonNode? Of(YamlNode? node, ContentType type) => type switch
    {
        MapFormat map => Of(node, map),
        ListType list => new JsonArray([.. (node as YamlSequence)?.Items.Select(item => Of(item, list.Items)) ?? []]),
        _ => node is YamlScalar scalar && Text(scalar) is { } text ? JsonValue.Create(text) : null,
    };

    /// <summary>The scalar's text as a form shows it; null for an empty value.</summary>
    public static string? Text(YamlScalar scalar) =>
        scalar.IsNull ? null : scalar.IsPlain ? scalar.Value : scalar.Value.TrimEnd('\n');

    /// <summary>The form's text of a scalar field, or null when it is left empty.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>Nothing filled in: null, "", an empty list, or a mapping whose fields are all empty.</summary>
    public static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.All(p => IsEmpty(p.Value)),
        _ => Text(node) is null,
    };

    /// <summary>The form's mapping as a map to write (new items, new fields); empty fields left out.</summary>
    public static ContentMap ToMap(JsonObject? form, MapFormat format)
    {
        var map = new ContentMap(format);
        foreach (var field in format.Fields)
        {
            var value = form?[field.Key];
            if (IsEmpty(value))
            {
                continue;
            }

            Set(map, field, value!);
        }

        return map;
    }

    /// <summary>A map of <paramref name="format"/> with only <paramref name="field"/> set, for writing that one field.</summary>
    public static ContentMap WithOnly(MapFormat format, ContentField field, JsonNode value) => Set(new ContentMap(format), field, value);

    private static ContentMap Set(ContentMap map, ContentField field, JsonNode value) => field.Type switch
    {
        MapFormat sub => map.Set(field, ToMap(value as JsonObject, sub)),
        ListType { Items: MapFormat item } => map.Set(field, Items(value).Select(v => ToMap(v as JsonObject, item))),
        ListType => map.Set(field, Items(value).Select(v => Text(v) ?? "")),
        _ => map.Set(field, Text(value)),
    };

    private static IEnumerable<JsonNode?> Items(JsonNode value) => value as JsonArray ?? [];
}
