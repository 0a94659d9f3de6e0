using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>
/// How a text becomes a YAML scalar that reads back as exactly that text: plain wherever YAML 1.1 and 1.2 would read
/// it as the same string, double-quoted otherwise, and whether it can stand in a literal block (<c>|</c>). The content
/// writer (<c>Format/ContentYaml</c>) uses these; the reader (<see cref="YamlReader"/>) is their other half.
/// </summary>
public static partial class YamlScalars
{
    /// <summary>The text as a scalar: plain when safe, else double-quoted.</summary>
    public static string Scalar(string value) =>
        IsSafePlain(value) ? value : Quoted(value);

    /// <summary>A decimal as written (<c>10.00</c>); anything else is kept as quoted text for the check to report.</summary>
    public static string AmountScalar(string value) =>
        PlainDecimal().IsMatch(value) ? value : Quoted(value);

    /// <summary>
    /// A plain scalar must not start with an indicator, hold <c>: </c> or <c> #</c>, have spaces at its ends,
    /// or read as something other than text (a number, a boolean, null, a date) in YAML 1.1 or 1.2.
    /// </summary>
    private static bool IsSafePlain(string value) =>
        value.Length > 0
        && !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal)
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && value[^1] != ':'
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
        && !value.Any(c => char.IsControl(c) || IsNonPrintable(c))
        && !ReadsAsNonText().IsMatch(value);

    /// <summary>Whether the text can be a literal block: no control characters but line breaks, no line with spaces at its ends.</summary>
    public static bool CanBeLiteral(string text) =>
        !text.Any(c => (char.IsControl(c) && c != '\n') || IsNonPrintable(c))
        && !text.Split('\n').Any(line => line.Length > 0 && (char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1])));

    private static bool IsNonPrintable(char c) =>
        c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';

    private static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) || IsNonPrintable(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    // ASCII digits only: .NET's \d also matches full-width digits, which the binders refuse as amounts.
    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainDecimal();

    // Numbers (decimal, hex, octal, binary, exponents, 1.1 sexagesimal), booleans and nulls of YAML 1.1/1.2, dates.
    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?0[xob][0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|\d{4}-\d\d?-\d\d?.*)$")]
    private static partial Regex ReadsAsNonText();

}
