using System.Text.Json.Nodes;
using SiteGen.Format;
using SiteGen.Model.Frameworks;

namespace SiteGen.Editor;

/// <summary>
/// The form of a content file, made from the one format description: each field's key, Chinese label and help text,
/// whether it is required, and the kind of control it needs (text, Markdown, amount, year, true/false, a choice of
/// values, a group of fields, a repeatable item). The editor's script draws the form from this and nothing else.
/// </summary>
public static class FormDescription
{
    public static JsonObject Of(MapFormat format) => new()
    {
        ["what"] = format.What,
        ["fields"] = new JsonArray([.. format.Fields.Select(Field)]),
    };

    /// <summary>The 一级 indicators of each framework and the 二级 ones each allows, for the indicator rows' choices.</summary>
    public static JsonObject Frameworks() => new(IndicatorFramework.All.Select(f => KeyValuePair.Create<string, JsonNode?>(
        f.Name,
        new JsonObject(f.Level1Names.Select(l1 => KeyValuePair.Create<string, JsonNode?>(l1, new JsonArray([.. f.Level2Names(l1).Select(l2 => JsonValue.Create(l2))])))))));

    private static JsonObject Field(ContentField field)
    {
        var result = new JsonObject
        {
            ["key"] = field.Key,
            ["title"] = field.Title,
            ["help"] = field.Description,
            ["required"] = field.Required,
        };
        Describe(result, field.Type);
        return result;
    }

    private static void Describe(JsonObject result, ContentType type)
    {
        switch (type)
        {
            case MapFormat map:
                result["kind"] = "map";
                result["format"] = Of(map);
                break;
            case ListType list:
                result["kind"] = "list";
                var item = new JsonObject();
                Describe(item, list.Items);
                result["item"] = item;
                break;
            case TextType { Values: { } values }:
                result["kind"] = "choice";
                result["values"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]);
                break;
            case TextType { Markdown: true }:
                result["kind"] = "markdown";
                break;
            case TextType text:
                result["kind"] = "text";
                result["pattern"] = text.Pattern;
                break;
            case AmountType:
                result["kind"] = "amount";
                break;
            case IntegerType:
                result["kind"] = "integer";
                break;
            case BooleanType:
                result["kind"] = "boolean";
                break;
        }
    }
}
