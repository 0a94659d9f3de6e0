using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using SiteGen.Rendering.Data.Records;

namespace SiteGen.Rendering.Data;

/// <summary>
/// The JSON Schema (2020-12) of data.json, version 1, made from the records data.json is written from, so the two
/// cannot drift: the serializer gives each key, its type, whether it may be null, that it is required and that no
/// other key is allowed; the records' annotations give the Chinese texts, the decimal pattern and the allowed
/// values (<see cref="SchemaAnnotations"/>); each record is one of the schema's <c>$defs</c>
/// (<see cref="SchemaDefinitions"/>). Its <c>$id</c> is where the site publishes it.
/// </summary>
public static class DisclosureJsonSchema
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static byte[] Write(string baseUrl)
    {
        var definitions = new SchemaDefinitions();
        var exporter = new JsonSchemaExporterOptions
        {
            // The serializer knows the nullability of properties only; a list's items are never null here.
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => SchemaAnnotations.Apply(context, definitions.Hoist(context, schema)),
        };
        var schema = DisclosureJsonContext.Default.DisclosureRecord.GetJsonSchemaAsNode(exporter).AsObject();

        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = baseUrl + DataUrls.DisclosureSchema,
            ["title"] = typeof(DisclosureRecord).GetCustomAttribute<DisplayNameAttribute>()!.DisplayName,
            ["description"] = typeof(DisclosureRecord).GetCustomAttribute<DescriptionAttribute>()!.Description,
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        root["$defs"] = definitions.All();
        return JsonOutput.Write(w => root.WriteTo(w));
    }
}
