using System.Globalization;
using System.Text;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Builds SVG and HTML markup for the charts. Every text and attribute value goes through <see cref="Html.Escape"/>
/// (valid for SVG inside HTML too); every number is written with the invariant culture and one fixed decimal,
/// so the same input always gives the same bytes.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>A coordinate or length: one decimal place, invariant culture.</summary>
    public static string Number(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>Writes one line of markup, escaping nothing: only for markup built from constants and escaped parts.</summary>
    public SvgWriter Raw(string markup)
    {
        _text.Append(markup).Append('\n');
        return this;
    }

    /// <summary>Writes an element with attributes (values escaped) and optional text content (escaped).</summary>
    public SvgWriter Element(string name, string? text, params (string Name, string Value)[] attributes)
    {
        _text.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            _text.Append(' ').Append(attribute).Append("=\"").Append(Html.Escape(value)).Append('"');
        }

        if (text is null)
        {
            _text.Append("/>\n");
        }
        else
        {
            _text.Append('>').Append(Html.Escape(text)).Append("</").Append(name).Append(">\n");
        }

        return this;
    }

    /// <summary>
    /// A text of one or more lines; the first line's baseline is at <paramref name="y"/>, later ones follow at
    /// <paramref name="lineHeight"/>.
    /// </summary>
    public SvgWriter Text(string cssClass, decimal x, decimal y, IReadOnlyList<string> lines, decimal lineHeight, string anchor = "start")
    {
        _text.Append("<text class=\"").Append(Html.Escape(cssClass)).Append("\" x=\"").Append(Number(x))
            .Append("\" y=\"").Append(Number(y)).Append('"');
        if (anchor != "start")
        {
            _text.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        _text.Append('>');
        if (lines.Count == 1)
        {
            _text.Append(Html.Escape(lines[0]));
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                _text.Append("<tspan x=\"").Append(Number(x)).Append("\" dy=\"").Append(Number(i == 0 ? 0 : lineHeight)).Append("\">")
                    .Append(Html.Escape(lines[i])).Append("</tspan>");
            }
        }

        _text.Append("</text>\n");
        return this;
    }

    public override string ToString() => _text.ToString();
}
