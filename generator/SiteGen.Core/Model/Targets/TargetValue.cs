namespace SiteGen.Model.Targets;

/// <summary>A parsed target value (指标值): its parts, and the text exactly as the department wrote it.</summary>
public sealed record TargetValue
{
    private const decimal TenThousand = 10_000m;
    private const decimal HundredMillion = 100_000_000m;

    /// <summary>The value exactly as written (untrimmed); the page shows this, never a rebuilt form.</summary>
    public required string Text { get; init; }

    public required TargetKind Kind { get; init; }

    /// <summary>One of ≥ ≤ &gt; &lt; =, whatever the spelling; null when the value has no operator.</summary>
    public string? Operator { get; init; }

    /// <summary>The operator as written: <c>&gt;=</c>, <c>大于等于</c>, <c>不低于</c>, <c>以上</c>…</summary>
    public string? OperatorText { get; init; }

    /// <summary>The number with its written scale (<c>28.40</c> stays 28.40m), without the magnitude.</summary>
    public decimal? Number { get; init; }

    /// <summary>The number as written, full-width digits and thousands separators included.</summary>
    public string? NumberText { get; init; }

    /// <summary><c>万</c> or <c>亿</c> when the number carries one; null otherwise.</summary>
    public string? Magnitude { get; init; }

    public string? Unit { get; init; }

    /// <summary>The text inside the trailing （） or (), without the brackets.</summary>
    public string? Note { get; init; }

    public bool IsPercent => Unit is "%" or "％" or "百分比";

    /// <summary>Number × 10 000 for 万 or × 100 000 000 for 亿; null when there is no number or it would overflow.</summary>
    public decimal? ScaledNumber => Number is not { } number ? null : Scale(number, Magnitude);

    private static decimal? Scale(decimal number, string? magnitude)
    {
        var factor = magnitude switch
        {
            "万" => TenThousand,
            "亿" => HundredMillion,
            _ => 1m,
        };
        // A property getter must not throw, and decimal multiplication throws on overflow.
        return Math.Abs(number) <= decimal.MaxValue / factor ? number * factor : null;
    }
}
