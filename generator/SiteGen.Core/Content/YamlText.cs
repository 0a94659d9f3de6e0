using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>
/// Writes content YAML the way a person would (the importer and the sample corpus both use it): keys in the content format's order, plain scalars wherever they
/// read back as the same text, double quotes only where needed, literal blocks (<c>|</c>) for prose.
/// </summary>
public sealed partial class YamlText
{
    private readonly StringBuilder builder = new();

    public override string ToString() => builder.ToString();

    /// <summary>
    /// The first line of a content file: tells the YAML extension of VS Code which schema to validate and
    /// complete the file with, by its path from the file (<paramref name="toContentRoot"/> leads to content/).
    /// </summary>
    public YamlText SchemaComment(string toContentRoot, string schemaFile) =>
        Comment($"yaml-language-server: $schema={toContentRoot}{ContentLoader.SchemaFolderName}/{schemaFile}");

    public YamlText Comment(string text)
    {
        builder.Append("# ").Append(text).Append('\n');
        return this;
    }

    /// <summary><c>key: value</c>; a null value leaves the field visibly empty (<c>key:</c>) for a person to fill.</summary>
    public YamlText Field(int indent, string key, string? value) => Line(indent, string.IsNullOrEmpty(value) ? $"{key}:" : $"{key}: {Scalar(value)}");

    /// <summary>A decimal as written (<c>10.00</c>); anything else is kept as quoted text for the check to report.</summary>
    public YamlText Amount(int indent, string key, string? value) => Line(indent, value is null ? $"{key}:" : $"{key}: {AmountScalar(value)}");

    /// <summary>A value written exactly, for identifiers the content format defines (2020, true).</summary>
    public YamlText Raw(int indent, string key, string value) => Line(indent, $"{key}: {value}");

    public YamlText Key(int indent, string key) => Line(indent, $"{key}:");

    /// <summary>Prose in a literal block, so it reads as it will show; text YAML cannot hold literally is quoted.</summary>
    public YamlText Prose(int indent, string key, string? text)
    {
        if (text is null || !CanBeLiteral(text))
        {
            return Field(indent, key, text);
        }

        Line(indent, $"{key}: |");
        return Lines(indent + 2, text);
    }

    /// <summary>A list item of prose: plain on one line, or a literal block when it has several paragraphs.</summary>
    public YamlText ProseItem(int indent, string text)
    {
        if (text.Contains('\n', StringComparison.Ordinal) && CanBeLiteral(text))
        {
            Line(indent, "- |");
            return Lines(indent + 2, text);
        }

        return Line(indent, $"- {Scalar(text)}");
    }

    /// <summary>The first field of a mapping in a list: <c>- key: value</c>; the rest use <paramref name="indent"/> + 2.</summary>
    public YamlText ItemField(int indent, string key, string? value) =>
        Line(indent, string.IsNullOrEmpty(value) ? $"- {key}:" : $"- {key}: {Scalar(value)}");

    public static string Scalar(string value) =>
        IsSafePlain(value) ? value : Quoted(value);

    private static string AmountScalar(string value) =>
        PlainDecimal().IsMatch(value) ? value : Quoted(value);

    private YamlText Line(int indent, string text)
    {
        builder.Append(' ', indent).Append(text).Append('\n');
        return this;
    }

    private YamlText Lines(int indent, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                builder.Append('\n');
            }
            else
            {
                Line(indent, line);
            }
        }

        return this;
    }

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

    private static bool CanBeLiteral(string text) =>
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

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex PlainDecimal();

    // Numbers (decimal, hex, octal, binary, exponents, 1.1 sexagesimal), booleans and nulls of YAML 1.1/1.2, dates.
    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?0[xob][0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|\d{4}-\d\d?-\d\d?.*)$")]
    private static partial Regex ReadsAsNonText();

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
