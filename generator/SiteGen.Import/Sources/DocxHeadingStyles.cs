using System.Text.RegularExpressions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import.Sources;

/// <summary>
/// Tells heading paragraphs by their style or outline level: style ids Heading1…9 (or 1…9, as Chinese Word
/// sometimes names them), style names starting "heading" or "标题", or an outline level (w:outlineLvl 0–8) set on the
/// paragraph or inherited through its style's basedOn chain (9 means body text).
/// </summary>
internal sealed partial class DocxHeadingStyles
{
    private const int BodyTextLevel = 9;

    private readonly Dictionary<string, W.Style> _styles = new(StringComparer.Ordinal);

    public DocxHeadingStyles(W.Styles? styles)
    {
        foreach (var style in styles?.Elements<W.Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
            }
        }
    }

    public bool IsHeading(W.Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } level)
        {
            return level < BodyTextLevel;
        }

        return properties?.ParagraphStyleId?.Val?.Value is { } id && IsHeadingStyle(id);
    }

    private bool IsHeadingStyle(string id)
    {
        // The depth limit guards against a basedOn cycle in a hand-edited styles.xml.
        for (var depth = 0; depth < 16; depth++)
        {
            if (HeadingId().IsMatch(id))
            {
                return true;
            }

            if (!_styles.TryGetValue(id, out var style))
            {
                return false;
            }

            var name = style.StyleName?.Val?.Value ?? "";
            if (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("标题", StringComparison.Ordinal))
            {
                return true;
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < BodyTextLevel;
            }

            if (style.BasedOn?.Val?.Value is not { } basedOn)
            {
                return false;
            }

            id = basedOn;
        }

        return false;
    }

    [GeneratedRegex(@"^(heading ?)?[1-9]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingId();
}
