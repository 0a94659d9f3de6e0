using System.Globalization;
using System.Text;

namespace SiteGen.Sample;

/// <summary>
/// Writes a text value as YAML: plain when that reads back as the same text, double-quoted otherwise
/// (README, "YAML 小提示": values starting with an indicator, or holding ": " or " #", need quotes).
/// </summary>
internal static class YamlScalar
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    private static readonly string[] Specials = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"];

    public static string Of(string value) => NeedsQuotes(value) ? Quoted(value) : value;

    public static bool NeedsQuotes(string value) =>
        value.Length == 0
        || char.IsWhiteSpace(value[0])
        || char.IsWhiteSpace(value[^1])
        || Indicators.Contains(value[0], StringComparison.Ordinal)
        || value.Contains(": ", StringComparison.Ordinal)
        || value.Contains(" #", StringComparison.Ordinal)
        || value.EndsWith(':')
        || value.Any(char.IsControl)
        || Specials.Contains(value.ToLowerInvariant(), StringComparer.Ordinal)
        || LooksNumeric(value);

    // Codes such as 224002 read as text either way, but quoting them is the README's rule for staff.
    private static bool LooksNumeric(string value) =>
        value.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or '_' or 'e' or 'E') && value.Any(char.IsAsciiDigit);

    private static string Quoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) => text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
