using System.Net;

namespace SiteGen.Output;

/// <summary>An address in a page (href, src or action) or an id, with its character offset in the page.</summary>
public readonly record struct HtmlReference(string Element, string Name, string Value, int Offset);

/// <summary>
/// Lists the ids and the link attributes of an HTML page in one forward pass. The link check runs over every
/// page of a build, and a full DOM parse costs about 3 ms a page (30 s of CPU for a 10,000-page province site)
/// where this scan costs a few hundredths of that; a test checks that it finds exactly what AngleSharp finds
/// on the golden sites.
/// </summary>
public static class HtmlLinkScanner
{
    private static readonly HashSet<string> LinkAttributes = new(StringComparer.Ordinal) { "href", "src", "action", "poster" };

    public static List<HtmlReference> Scan(string html)
    {
        var found = new List<HtmlReference>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = End(html, html.IndexOf("-->", i + 4, StringComparison.Ordinal), 3);
                continue;
            }

            if (i + 1 >= html.Length || !char.IsAsciiLetter(html[i + 1]))
            {
                i++; // an end tag, a doctype, or a stray '<' in text
                continue;
            }

            var (element, end) = Tag(html, i + 1, found);
            i = end;
            if (element is "script" or "style" or "textarea" or "title")
            {
                // Raw text: a '<' inside is not a tag.
                i = End(html, html.IndexOf("</" + element, i, StringComparison.OrdinalIgnoreCase), 0);
            }
        }

        return found;
    }

    /// <summary>Reads one start tag's name and attributes; returns the offset after its '>'.</summary>
    private static (string Element, int End) Tag(string html, int start, List<HtmlReference> found)
    {
        var i = start;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        var element = html[start..i].ToLowerInvariant();
        while (i < html.Length && html[i] != '>')
        {
            if (IsSpace(html[i]) || html[i] == '/')
            {
                i++;
                continue;
            }

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var name = html[nameStart..i].ToLowerInvariant();
            var (value, valueStart, next) = Value(html, i);
            i = next;
            if (value is not null && (name == "id" || LinkAttributes.Contains(name)))
            {
                found.Add(new HtmlReference(element, name, WebUtility.HtmlDecode(value), valueStart));
            }
        }

        return (element, Math.Min(i + 1, html.Length));
    }

    private static (string? Value, int Start, int Next) Value(string html, int i)
    {
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length || html[i] != '=')
        {
            return (null, i, i);
        }

        i++;
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i < html.Length && html[i] is '"' or '\'')
        {
            var quote = html[i];
            var close = html.IndexOf(quote, i + 1);
            close = close < 0 ? html.Length : close;
            return (html[(i + 1)..close], i + 1, Math.Min(close + 1, html.Length));
        }

        var start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        return (html[start..i], start, i);
    }

    private static int End(string html, int found, int length) => found < 0 ? html.Length : found + length;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
