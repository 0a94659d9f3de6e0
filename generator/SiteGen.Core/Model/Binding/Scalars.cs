using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>Converts YAML nodes to the model's values, reporting wrong types at the node's position.</summary>
internal static class Scalars
{
    /// <summary>The text of a scalar, trimmed of the line breaks a block scalar ends with.</summary>
    public static string? Text(YamlNode? node, string label, DiagnosticBag diagnostics) =>
        Scalar(node, label, diagnostics)?.Value.Trim();

    public static Prose? Prose(YamlNode? node, string label, DiagnosticBag diagnostics) =>
        Scalar(node, label, diagnostics) is { } s ? new Prose(s.Value.TrimEnd(), s.ContentStart) : null;

    /// <summary>
    /// A decimal exactly as written (<c>10.00</c> keeps its two places). Only digits, one point and a
    /// leading minus: a thousands separator, a unit or a full-width digit would make the sum ambiguous.
    /// </summary>
    public static Amount? Amount(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        if (Scalar(node, label, diagnostics) is not { } s)
        {
            return null;
        }

        var text = s.Value.Trim();
        if (IsPlainDecimal(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new Amount(value, text, s.Location);
        }

        diagnostics.Report(DiagnosticCodes.NotDecimal, s.Location,
            $"{label} “{text}” 不是十进制数：只写数字和小数点，例如 10.00（不要写单位、逗号或全角数字）");
        return null;
    }

    public static int? Integer(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        if (Scalar(node, label, diagnostics) is not { } s)
        {
            return null;
        }

        if (int.TryParse(s.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticCodes.NotInteger, s.Location, $"{label} “{s.Value.Trim()}” 应为整数，例如 2020");
        return null;
    }

    public static bool? Boolean(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        if (Scalar(node, label, diagnostics) is not { } s)
        {
            return null;
        }

        switch (s.Value.Trim())
        {
            case "true" or "True" or "TRUE" or "是":
                return true;
            case "false" or "False" or "FALSE" or "否":
                return false;
            default:
                diagnostics.Report(DiagnosticCodes.NotBoolean, s.Location, $"{label} “{s.Value.Trim()}” 应为 true 或 false");
                return null;
        }
    }

    /// <summary>The items of a list; a single value where a list belongs is reported, not guessed.</summary>
    public static IReadOnlyList<YamlNode> List(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlSequence sequence:
                return sequence.Items;
            default:
                diagnostics.Report(DiagnosticCodes.WrongType, node.Location, $"{label}应为列表（每项以 “- ” 开头），实际是{node.KindName}");
                return [];
        }
    }

    private static YamlScalar? Scalar(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return scalar;
            default:
                diagnostics.Report(DiagnosticCodes.WrongType, node.Location, $"{label}应为文字，实际是{node.KindName}");
                return null;
        }
    }

    private static bool IsPlainDecimal(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "1" : digits[(point + 1)..];
        return whole.Length > 0 && fraction.Length > 0 && whole.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit);
    }
}
