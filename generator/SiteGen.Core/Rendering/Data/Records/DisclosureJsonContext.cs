using System.Text.Json.Serialization;

namespace SiteGen.Rendering.Data.Records;

/// <summary>
/// The serializer for data.json, generated at compile time: keys are the properties' names in snake_case, every
/// property is written (null included) and required, none other is allowed. The layout (indented, LF, Chinese
/// kept readable) is the writer's, <see cref="JsonOutput"/>: an encoder set on these options would turn off the
/// generated fast path.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DisclosureRecord))]
internal sealed partial class DisclosureJsonContext : JsonSerializerContext;
