using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace SiteGen.Rendering.Data;

/// <summary>
/// Moves each record's schema into <c>$defs</c>, named after the record (<c>DepartmentRecord</c> → <c>department</c>),
/// and leaves a <c>$ref</c> where it was used: a reader sees each shape once, and a record used twice (a
/// department, an indicator) is described once. The exporter alone would repeat a record's schema at every use, or
/// point into the first use by a path such as <c>#/properties/projects/items/properties/indicators/items</c>.
/// </summary>
internal sealed class SchemaDefinitions
{
    private const string Suffix = "Record";

    private readonly SortedDictionary<string, JsonObject> _definitions = new(StringComparer.Ordinal);

    /// <summary>A record's schema (not the root's) becomes a reference; a nullable one, a reference or null.</summary>
    public JsonNode Hoist(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.TypeInfo.Kind != JsonTypeInfoKind.Object || context.Path.IsEmpty || schema is not JsonObject node)
        {
            return schema;
        }

        var type = context.TypeInfo.Type.Name;
        var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(type.EndsWith(Suffix, StringComparison.Ordinal) ? type[..^Suffix.Length] : type);
        var nullable = node["type"] is JsonArray;

        // The first use is complete; a later one is the same shape, or the exporter's own reference to the first.
        if (!node.ContainsKey("$ref") && !_definitions.ContainsKey(name))
        {
            node["type"] = "object";
            _definitions[name] = node;
        }

        var reference = new JsonObject { ["$ref"] = "#/$defs/" + name };
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
    }

    /// <summary>Every record's schema, by name; call once the schema is made.</summary>
    public JsonObject All() => new(_definitions.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value)));
}
