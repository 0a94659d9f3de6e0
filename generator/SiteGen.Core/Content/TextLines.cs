namespace SiteGen.Content;

/// <summary>
/// The lines of a YAML text for <see cref="BlockYamlReader"/>: where each starts, its length without its line break
/// (LF or CRLF) and its indentation. Null for a text with a character that reader leaves to YamlDotNet: a tab, a control
/// character, a lone CR, a character YAML counts as a line break or does not allow (U+0085, U+2028, U+2029, U+FEFF,
/// U+FFFE, U+FFFF), a surrogate (YamlDotNet counts columns its own way there), or a line of spaces only.
/// </summary>
internal sealed class TextLines
{
    private readonly List<int> _starts;
    private readonly List<int> _lengths;
    private readonly List<int> _indents;
    private readonly bool _lastHasBreak;

    private TextLines(List<int> starts, List<int> lengths, List<int> indents, bool lastHasBreak)
    {
        _starts = starts;
        _lengths = lengths;
        _indents = indents;
        _lastHasBreak = lastHasBreak;
    }

    public int Count => _starts.Count;

    public int Start(int line) => _starts[line];

    public int Length(int line) => _lengths[line];

    /// <summary>The spaces before the line's first character.</summary>
    public int Indent(int line) => _indents[line];

    /// <summary>Whether a line break follows the line (all but a last line without one).</summary>
    public bool HasBreak(int line) => line < Count - 1 || _lastHasBreak;

    public static TextLines? Of(string text)
    {
        var capacity = text.Length / 24 + 1;
        List<int> starts = new(capacity), lengths = new(capacity), indents = new(capacity);
        var start = 0;
        var indent = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
                {
                    return null;
                }

                var length = i - start;
                if (indent < 0 && length > 0)
                {
                    return null; // spaces only: YAML's rules for such lines in blocks are not worth copying
                }

                starts.Add(start);
                lengths.Add(length);
                indents.Add(Math.Max(indent, 0));
                i += c == '\r' ? 1 : 0;
                start = i + 1;
                indent = -1;
                continue;
            }

            if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return null;
            }

            if (indent < 0 && c != ' ')
            {
                indent = i - start;
            }
        }

        if (start < text.Length)
        {
            if (indent < 0)
            {
                return null;
            }

            starts.Add(start);
            lengths.Add(text.Length - start);
            indents.Add(indent);
            return new TextLines(starts, lengths, indents, lastHasBreak: false);
        }

        return new TextLines(starts, lengths, indents, lastHasBreak: true);
    }
}
