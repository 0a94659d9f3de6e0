using System.Text.Json.Nodes;
using SiteGen.Format;
using SiteGen.Model.Frameworks;
using SiteGen.Rendering.Data;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Data;

/// <summary>
/// The published schema of data.json, made from the records: a valid 2020-12 schema, strict everywhere (every
/// key required, no other key allowed), described in Chinese, and allowing exactly the values the model knows.
/// That every built data.json validates against it is checked with the County fixture (<see cref="OpenDataTests"/>).
/// </summary>
public sealed class DisclosureJsonSchemaTests
{
    private const string BaseUrl = "https://www.example.gov.cn/jxmb/";

    private static readonly string Text = System.Text.Encoding.UTF8.GetString(DisclosureJsonSchema.Write(BaseUrl));

    private static readonly JsonObject Schema = JsonNode.Parse(Text)!.AsObject();

    [Fact]
    public void It_is_a_json_schema_2020_12_published_at_its_own_address()
    {
        Assert.Empty(SchemaValidator.Draft202012.Errors(Schema));
        Assert.NotEmpty(SchemaValidator.Draft202012.Errors(JsonNode.Parse("""{"type":"objekt"}""")));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.Equal(BaseUrl + "data/schema/v1/disclosure.schema.json", (string?)Schema["$id"]);
        Assert.Contains("版本 1", (string?)Schema["description"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_object_requires_all_its_keys_allows_no_other_and_describes_each_in_chinese()
    {
        var objects = Nodes(Schema).Where(n => n.ContainsKey("properties")).ToList();

        Assert.Equal(1 + Definitions().Count, objects.Count);
        Assert.All(objects, o =>
        {
            // "evaluation", "monitoring" and "department_evaluation" (issue 13), a project's "key" (issue 14, only without a 项目编码) and
            // "previous_year" (issue 17) are the keys left out when absent, so data without them is unchanged.
            var keys = o["properties"]!.AsObject().Select(p => p.Key).Where(k => k is not ("evaluation" or "monitoring" or "department_evaluation" or "key" or "previous_year")).ToList();
            Assert.Equal(keys, o["required"]!.AsArray().Select(k => (string)k!));
            Assert.False((bool)o["additionalProperties"]!);
            Assert.All(o["properties"]!.AsObject(), p => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string?)p.Value!["description"]));
        });
    }

    [Fact]
    public void Every_reference_names_a_definition_and_every_definition_is_used()
    {
        var references = Nodes(Schema).Select(n => (string?)n["$ref"]).OfType<string>().ToList();

        Assert.All(references, r => Assert.StartsWith("#/$defs/", r, StringComparison.Ordinal));
        Assert.Equal(Definitions().Order(StringComparer.Ordinal), references.Select(r => r["#/$defs/".Length..]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_allowed_frameworks_and_money_units_are_the_ones_the_model_and_the_content_format_know()
    {
        var properties = Schema["properties"]!;
        var moneyUnits = (TextType)ContentFormat.Disclosure.MoneyUnit.Type;

        Assert.Equal(IndicatorFramework.All.Select(f => f.Name), properties["framework"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(moneyUnits.Values!, properties["money_unit"]!["enum"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void Amounts_are_decimal_text_and_may_be_null_only_where_the_form_may_leave_them_blank()
    {
        var budget = Schema["$defs"]!["budget"]!["properties"]!;

        Assert.Equal(("string", @"^-?[0-9]+(\.[0-9]+)?$"), ((string?)budget["total"]!["type"], (string?)budget["total"]!["pattern"]));
        Assert.Equal(["string", "null"], budget["fiscal"]!["type"]!.AsArray().Select(t => (string?)t));
        Assert.Equal((string?)budget["total"]!["pattern"], (string?)budget["fiscal"]!["pattern"]);
    }

    private static List<string> Definitions() => [.. Schema["$defs"]!.AsObject().Select(d => d.Key)];

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Nodes(p.Value)).Prepend(o),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };
}
