using System.Globalization;
using SiteGen.Model.Targets;

namespace SiteGen.Rendering.Data;

/// <summary>A target value's parsed parts as the open data writes them: plain ASCII codes and exact decimal text.</summary>
internal static class TargetData
{
    /// <summary><c>&gt;=</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&lt;</c> or <c>=</c>, for programs (data.json).</summary>
    public static string? Operator(TargetValue t) => t.Operator switch
    {
        "≥" => ">=",
        "≤" => "<=",
        null => null,
        var other => other,
    };

    /// <summary>
    /// The operator in words, for the CSV: readable in a spreadsheet, and never a leading <c>=</c> that
    /// Excel would take for a formula.
    /// </summary>
    public static string? OperatorWords(TargetValue t) => t.Operator switch
    {
        "≥" => "大于等于",
        "≤" => "小于等于",
        ">" => "大于",
        "<" => "小于",
        "=" => "等于",
        _ => null,
    };

    /// <summary>The number without its magnitude, half-width, as a decimal text keeping its places (28.40).</summary>
    public static string? Number(TargetValue t) => Decimal(t.Number);

    /// <summary>The number times 万 or 亿 (≥30万 → 300000); the number itself when there is no magnitude.</summary>
    public static string? ScaledNumber(TargetValue t) => Decimal(t.ScaledNumber);

    public static string? Decimal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
