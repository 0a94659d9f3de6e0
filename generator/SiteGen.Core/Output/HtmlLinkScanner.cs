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
    private static readonly string[] KeptNames = ["id", "href", "src", "action", "poster"];

    /// <summary>Elements whose content is raw text: a '&lt;' inside is not a tag.</summary>
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

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
            if (RawTextElements.Contains(element))
            {
                // Raw text: a '<' inside is not a tag.
                i = End(html, html.IndexOf("</" + element, i, StringComparison.OrdinalIgnoreCase), 0);
            }
        }

        return found;
    }

    /// <summary>Reads one start tag's name and attributes; returns the offset after its '>'.</summary>
    /// <remarks>
    /// Names are compared in place and only the attributes kept become strings: the scan runs over every page of a
    /// build, and a string per tag and attribute name was half the link check's garbage.
    /// </remarks>
    private static (string Element, int End) Tag(string html, int start, List<HtmlReference> found)
    {
        var i = start;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        var elementName = html.AsSpan(start, i - start);
        string? element = null;
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

            var name = OneOf(html.AsSpan(nameStart, i - nameStart), KeptNames); // id and the link attributes
            var (valueStart, valueEnd, next) = Value(html, i);
            i = next;
            if (valueStart >= 0 && name is not null)
            {
                element ??= elementName.ToString().ToLowerInvariant();
                found.Add(new HtmlReference(element, name, WebUtility.HtmlDecode(html[valueStart..valueEnd]), valueStart));
            }
        }

        // An element without kept attributes is named only when its content is raw text (all Scan asks of it).
        return (element ?? OneOf(elementName, RawTextElements) ?? "", Math.Min(i + 1, html.Length));
    }

    /// <summary>The name in lower case as <paramref name="names"/> spells it, when it is one of them (any case); else null.</summary>
    private static string? OneOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var known in names)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>Where the attribute's value starts and ends (start −1 when it has none) and the offset after it.</summary>
    private static (int Start, int End, int Next) Value(string html, int i)
    {
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length || html[i] != '=')
        {
            return (-1, -1, i);
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
            return (i + 1, close, Math.Min(close + 1, html.Length));
        }

        var start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        return (start, i, i);
    }

    private static int End(string html, int found, int length) => found < 0 ? html.Length : found + length;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
