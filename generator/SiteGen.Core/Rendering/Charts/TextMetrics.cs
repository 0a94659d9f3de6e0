namespace SiteGen.Rendering.Charts;

/// <summary>
/// Estimates how wide text is drawn, so labels fit without measuring fonts at build time: a CJK
/// character (or any full-width sign) takes about 1em in the site's fonts, a Latin letter or digit about 0.55em.
/// </summary>
internal static class TextMetrics
{
    private const decimal NarrowEm = 0.55m;

    /// <summary>The estimated width of <paramref name="text"/> in em.</summary>
    public static decimal Em(string text)
    {
        var em = 0m;
        foreach (var c in text)
        {
            em += CharEm(c);
        }

        return em;
    }

    /// <summary>The estimated width of <paramref name="text"/> in user units at <paramref name="fontSize"/>.</summary>
    public static decimal Width(string text, decimal fontSize) => Em(text) * fontSize;

    /// <summary>
    /// Breaks a text into lines no wider than <paramref name="maxWidth"/>. Chinese may break between any two
    /// characters; a run of Latin letters and digits (a number, a code) is kept whole where it fits.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, decimal maxWidth, decimal fontSize)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var width = 0m;
        foreach (var token in Tokens(text))
        {
            var tokenWidth = Width(token, fontSize);
            if (line.Length > 0 && width + tokenWidth > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
                width = 0;
            }

            line.Append(token);
            width += tokenWidth;
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Single wide characters, and runs of narrow ones (a surrogate pair stays one token).</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (CharEm(text[i]) == NarrowEm && !char.IsWhiteSpace(text[i]))
            {
                while (i < text.Length && CharEm(text[i]) == NarrowEm && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            }

            yield return text[start..i];
        }
    }

    private static decimal CharEm(char c) => c switch
    {
        <= '\u024F' => NarrowEm,                    // ASCII and Latin letters
        >= '\uDC00' and <= '\uDFFF' => 0m,          // the second half of a surrogate pair: counted with the first
        _ => 1m,                                    // CJK, full-width punctuation, dashes: over-estimating is safe
    };
}
