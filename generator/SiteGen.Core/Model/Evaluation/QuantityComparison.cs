using SiteGen.Model.Targets;

namespace SiteGen.Model.Evaluation;

/// <summary>
/// Puts an actual value (实际完成值) and its target on one scale: magnitudes (万, 亿) are multiplied out, an actual
/// without a unit is read in the target's unit, and money units convert (元, 万元, 亿元). Other differing units
/// (个 against 篇) cannot be compared: the caller reports them.
/// </summary>
public static class QuantityComparison
{
    private static readonly Dictionary<string, decimal> MoneyUnits = new(StringComparer.Ordinal)
    {
        ["元"] = 1m,
        ["万元"] = 10_000m,
        ["亿元"] = 100_000_000m,
    };

    /// <summary>The target's and the actual's numbers on the target's scale, or null when they cannot be compared.</summary>
    public static (decimal Target, decimal Actual)? Align(TargetValue target, TargetValue actual)
    {
        if (target.Kind != TargetKind.Quantitative || actual.Kind != TargetKind.Quantitative
            || target.ScaledNumber is not { } t || actual.ScaledNumber is not { } a)
        {
            return null;
        }

        var targetUnit = Normalise(target.Unit);
        var actualUnit = Normalise(actual.Unit) ?? targetUnit;
        if (targetUnit == actualUnit || targetUnit is null)
        {
            return (t, a);
        }

        if (targetUnit is not null && MoneyUnits.TryGetValue(targetUnit, out var tf) && MoneyUnits.TryGetValue(actualUnit!, out var af))
        {
            return (t, a * af / tf);
        }

        return null;
    }

    private static string? Normalise(string? unit) => unit switch
    {
        null or "" => null,
        "％" or "百分比" => "%",
        _ => unit,
    };
}
