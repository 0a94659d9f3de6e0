using System.Text;

namespace SiteGen.Import.Recognition;

/// <summary>
/// Turns a document's plain text into Markdown that renders as exactly that text. Prose fields are
/// Markdown, so an imported <c>≥**个</c>, <c>1. </c> or <c>&lt;2次</c> would otherwise become emphasis,
/// a list or a tag; a backslash before ASCII punctuation is CommonMark's way to say "this character".
/// </summary>
public static class MarkdownText
{
    // Characters with a meaning anywhere in a line (emphasis, code, links, autolinks, tables, strikethrough).
    private const string AnywhereSpecial = "\\`*_[]<|~";

    public static string FromParagraphs(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(Escape));

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var line in text.Split('\n'))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            EscapeLine(line, builder);
        }

        return builder.ToString();
    }

    private static void EscapeLine(string line, StringBuilder builder)
    {
        var start = builder.Length;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var atStart = builder.Length == start;
            if (AnywhereSpecial.Contains(c, StringComparison.Ordinal)
                || (c == '&' && LooksLikeEntity(line, i))
                || (atStart && c is '#' or '>' or '+' or '-' or '='))
            {
                builder.Append('\\');
            }
            else if (c is '.' or ')' && IsAfterLeadingDigits(line, i))
            {
                builder.Append('\\'); // "1. text" would start an ordered list
            }

            builder.Append(c);
        }
    }

    /// <summary><c>&amp;name;</c> or <c>&amp;#123;</c>: Markdown would show the character it names.</summary>
    private static bool LooksLikeEntity(string line, int ampersand)
    {
        var i = ampersand + 1;
        if (i < line.Length && line[i] == '#')
        {
            i++;
        }

        var nameStart = i;
        while (i < line.Length && char.IsAsciiLetterOrDigit(line[i]))
        {
            i++;
        }

        return i > nameStart && i < line.Length && line[i] == ';';
    }

    private static bool IsAfterLeadingDigits(string line, int index) =>
        index is > 0 and <= 9 && line.AsSpan(0, index).IndexOfAnyExceptInRange('0', '9') < 0;
}
