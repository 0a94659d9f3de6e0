using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// A validator for the subset of JSON Schema SiteGen emits (type, required, properties, additionalProperties,
/// items, enum, pattern, anyOf, local $ref), and a YAML reader that types plain scalars as YAML 1.2's core
/// schema does, as the YAML extension of VS Code sees them.
/// </summary>
internal static class JsonSchemaCheck
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "definitions", "title", "description", "type", "required", "properties",
        "additionalProperties", "items", "enum", "pattern", "anyOf", "$ref",
    };

    public static List<string> Validate(JsonNode? instance, JsonObject schema)
    {
        var errors = new List<string>();
        Check(instance, schema, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonNode? value, JsonObject schema, JsonObject root, string at, List<string> errors)
    {
        foreach (var keyword in schema.Select(p => p.Key).Where(k => !Known.Contains(k)))
        {
            throw new InvalidOperationException($"The test validator does not know the keyword {keyword}.");
        }

        if (schema["$ref"] is { } reference)
        {
            var target = reference.GetValue<string>().TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate((JsonNode)root, (node, part) => node[part] ?? throw new InvalidOperationException($"no {reference}"));
            Check(value, target.AsObject(), root, at, errors);
        }

        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(s => Validate(value, s!.AsObject(), root)))
        {
            errors.Add($"{at}: matches none of anyOf");
        }

        if (schema["type"] is { } type)
        {
            var types = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!types.Any(t => IsType(value, t)))
            {
                errors.Add($"{at}: {Describe(value)} is not {string.Join("|", types)}");
                return;
            }
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => SameValue(v, value)))
        {
            errors.Add($"{at}: {Describe(value)} is not one of {values.ToJsonString()}");
        }

        if (schema["pattern"] is { } pattern && value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            && !Regex.IsMatch(v.GetValue<string>(), pattern.GetValue<string>()))
        {
            errors.Add($"{at}: {Describe(value)} does not match {pattern}");
        }

        if (value is JsonObject obj)
        {
            var properties = schema["properties"]?.AsObject();
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    errors.Add($"{at}: missing required {required}");
                }
            }

            foreach (var (key, child) in obj)
            {
                if (properties?[key] is JsonObject childSchema)
                {
                    Check(child, childSchema, root, $"{at}.{key}", errors);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                {
                    errors.Add($"{at}: key {key} is not allowed");
                }
            }
        }

        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, root, $"{at}[{i}]", errors);
            }
        }
    }

    private static bool Validate(JsonNode? value, JsonObject schema, JsonObject root)
    {
        var errors = new List<string>();
        Check(value, schema, root, "", errors);
        return errors.Count == 0;
    }

    private static bool IsType(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d),
        _ => throw new InvalidOperationException($"unknown type {type}"),
    };

    private static bool SameValue(JsonNode? a, JsonNode? b) =>
        a is null || b is null ? a is null && b is null : a.GetValueKind() == b.GetValueKind() && a.ToJsonString() == b.ToJsonString();

    private static string Describe(JsonNode? value) => value?.ToJsonString() ?? "null";

    /// <summary>A YAML file as JSON, plain scalars typed as YAML 1.2's core schema types them.</summary>
    public static JsonNode? ReadYaml(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path)))
        {
            stream.Load(reader);
        }

        return ToJson(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
        }

        if (Regex.IsMatch(text, @"^[-+]?[0-9]+$"))
        {
            return JsonValue.Create(decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"))
        {
            return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }
}
