using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace SiteGen.Rendering.Data;

/// <summary>
/// What a record's property says about itself beyond its type, added to its schema: <see cref="DescriptionAttribute"/>
/// (the Chinese description), <see cref="RegularExpressionAttribute"/> (a pattern, such as a decimal's) and
/// <see cref="AllowedValuesAttribute"/> (an enum).
/// </summary>
internal static class SchemaAnnotations
{
    public static JsonNode Apply(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo?.AttributeProvider is not { } property || schema is not JsonObject node)
        {
            return schema;
        }

        if (Find<RegularExpressionAttribute>(property) is { } pattern)
        {
            node["pattern"] = pattern.Pattern;
        }

        if (Find<AllowedValuesAttribute>(property) is { } allowed)
        {
            node["enum"] = new JsonArray([.. allowed.Values.Select(v => v is null ? null : JsonValue.Create((string)v))]);
        }

        if (Find<DescriptionAttribute>(property) is { } description)
        {
            node["description"] = description.Description;
        }

        return node;
    }

    private static T? Find<T>(ICustomAttributeProvider provider) where T : Attribute =>
        provider.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().SingleOrDefault();
}
