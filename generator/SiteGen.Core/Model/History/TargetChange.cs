using SiteGen.Model.Targets;

namespace SiteGen.Model.History;

/// <summary>How a target moved from one year to the next, in terms of what it asks for.</summary>
public enum TargetChangeKind
{
    /// <summary>提高: more is asked (a higher ≥ value, or a lower ≤ value).</summary>
    Raised,

    /// <summary>降低: less is asked.</summary>
    Lowered,

    /// <summary>变更: different, but not comparable as more or less (other unit, operator or wording).</summary>
    Changed,
}

/// <summary>Compares two targets of the same indicator. Texts stay as written; only the parsed numbers are compared.</summary>
public static class TargetChange
{
    /// <summary>null when the two say the same (same text, or same operator, number and unit).</summary>
    public static TargetChangeKind? Between(TargetValue previous, TargetValue current)
    {
        if (string.Equals(previous.Text.Trim(), current.Text.Trim(), StringComparison.Ordinal))
        {
            return null;
        }

        if (Comparable(previous, current) is not { } sign)
        {
            return TargetChangeKind.Changed;
        }

        var atMost = current.Operator is "≤" or "<";
        return sign switch
        {
            0 => previous.Operator == current.Operator && previous.Note == current.Note ? null : TargetChangeKind.Changed,
            > 0 => atMost ? TargetChangeKind.Lowered : TargetChangeKind.Raised,
            _ => atMost ? TargetChangeKind.Raised : TargetChangeKind.Lowered,
        };
    }

    /// <summary>The sign of current − previous when both are numbers of the same unit and direction; null otherwise.</summary>
    public static int? Comparable(TargetValue previous, TargetValue current)
    {
        if (previous.Kind != TargetKind.Quantitative || current.Kind != TargetKind.Quantitative
            || previous.ScaledNumber is not { } before || current.ScaledNumber is not { } now
            || AtMost(previous) != AtMost(current) || UnitOf(previous) != UnitOf(current))
        {
            return null;
        }

        return now.CompareTo(before);
    }

    /// <summary>提高 / 降低 / 变更: the words the page and the review use (never colour alone).</summary>
    public static string Word(TargetChangeKind kind) => kind switch
    {
        TargetChangeKind.Raised => "提高",
        TargetChangeKind.Lowered => "降低",
        _ => "变更",
    };

    private static bool AtMost(TargetValue t) => t.Operator is "≤" or "<";

    private static string UnitOf(TargetValue t) => t.IsPercent ? "%" : t.Unit ?? "";
}
