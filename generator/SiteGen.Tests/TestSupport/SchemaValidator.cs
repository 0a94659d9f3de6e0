using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// A JSON Schema, read and applied by JsonSchema.Net (draft-07 and 2020-12, as the schema's <c>$schema</c> says):
/// a maintained validator that owes nothing to SiteGen, so a schema test checks the generator independently.
/// </summary>
internal sealed class SchemaValidator
{
    private readonly JsonSchema _schema;

    /// <param name="text">The schema; it is registered in a registry of its own, so schemas sharing an <c>$id</c> never meet.</param>
    public SchemaValidator(string text) =>
        _schema = JsonSchema.FromText(text, new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private SchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>The schema of JSON Schema 2020-12 itself, to check that a schema SiteGen publishes is one.</summary>
    public static SchemaValidator Draft202012 { get; } = new(MetaSchemas.Draft202012);

    /// <summary>Every error, as <c>/json/pointer: message</c>; none when the instance is valid.</summary>
    public IReadOnlyList<string> Errors(JsonNode? instance)
    {
        var results = _schema.Evaluate(JsonSerializer.SerializeToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }
}
