using SiteGen.Diagnostics;

namespace SiteGen.Content.Mistakes;

/// <summary>
/// Finds the YAML mistakes people really make (a tab in the indentation, a full-width colon, quote or space, a missing
/// space after <c>-</c> or <c>:</c>, a list's items out of line, a value that starts with a character YAML reserves)
/// before YamlDotNet reads the text, and reports each at its own character with what to do, in Chinese. YamlDotNet
/// alone reports most of them a line late, at the start of the value, or not at all (<c>-第一条</c> is valid YAML: a
/// text, not a list item). A line-by-line look at the layout is enough, because content files use block style only;
/// block scalars (<c>|</c>), quoted values and the continuation lines of plain values are text and never looked into.
/// </summary>
public static class YamlMistakes
{
    /// <summary>Reports every mistake found, at most one per line; true when there was any (the file is then not parsed).</summary>
    public static bool Find(string text, string path, DiagnosticBag diagnostics)
    {
        var scanner = new MistakeScanner(path, diagnostics);
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            // Line breaks as YAML has them: CRLF, LF and a lone CR, so line numbers agree with YamlDotNet's.
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            var line = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end);
            scanner.Line(++number, line);
            if (end < 0)
            {
                break;
            }

            start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
        }

        return scanner.Found > 0;
    }
}
