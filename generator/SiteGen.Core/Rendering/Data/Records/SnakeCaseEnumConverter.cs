using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Rendering.Data.Records;

/// <summary>An enum written as its name in snake_case (<c>Quantitative</c> → <c>quantitative</c>), like the keys.</summary>
internal sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower)
    where TEnum : struct, Enum;
