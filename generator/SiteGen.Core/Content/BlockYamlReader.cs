using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content;

/// <summary>
/// A quick path through the YAML content files are written in: block mappings of plain keys, block lists (also
/// <c>- key: value</c>), and values that are plain or quoted on one line, or literal blocks (<c>|</c>, <c>|-</c>), with
/// comments and blank lines between. It gives the parser events YamlDotNet gives for the same text, with the same
/// marks, so <see cref="TreeBuilder"/> builds the same tree and reports the same problems. For anything else (flow
/// collections, anchors, tags, folded or multi-line scalars, tabs, a line of spaces, any doubt) it gives up and
/// YamlDotNet reads the file as before, reporting what is wrong. Why it exists: YamlDotNet's scanner was about half
/// of the load stage, and it interns every key under a process-wide lock that the loading threads queue on.
/// <c>BlockYamlReaderTests</c> proves the events equal YamlDotNet's on every content file and on mutations of them.
/// </summary>
internal sealed class BlockYamlReader
{
    /// <summary>Deeper than this is left to YamlDotNet and <see cref="TreeBuilder"/>, which report it.</summary>
    private const int MaxDepth = YamlReader.MaxDepth;

    /// <summary>YAML allows a key of at most 1024 characters; long ones are left to YamlDotNet, which says so.</summary>
    private const int MaxKeyLength = 512;

    private readonly string _text;
    private readonly TextLines _lines;
    private readonly List<ParsingEvent> _events = new(64);

    private BlockYamlReader(string text, TextLines lines)
    {
        _text = text;
        _lines = lines;
    }

    /// <summary>The events of the one document in <paramref name="text"/>, or null when it is not in the subset.</summary>
    public static List<ParsingEvent>? Events(string text)
    {
        if (TextLines.Of(text) is not { } lines)
        {
            return null;
        }

        var reader = new BlockYamlReader(text, lines);
        var root = reader.NextSignificant(0);
        if (root >= lines.Count || lines.Indent(root) != 0 || !reader.Collection(root, 0, 0, out var next))
        {
            return null;
        }

        return next >= lines.Count ? reader._events : null; // anything after the root collection is not ours
    }

    /// <summary>A block mapping or list starting at line <paramref name="line"/>, column <paramref name="col"/>.</summary>
    private bool Collection(int line, int col, int depth, out int next)
    {
        next = 0;
        if (depth >= MaxDepth)
        {
            return false;
        }

        return IsDash(line, col) ? Sequence(line, col, depth, out next) : Mapping(line, col, depth, out next);
    }

    private bool Mapping(int line, int col, int depth, out int next)
    {
        next = 0;
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, Mark(line, col), Mark(line, col)));
        while (true)
        {
            if (KeyEnd(line, col) is not { } colon)
            {
                return false;
            }

            _events.Add(PlainScalar(_text.Substring(_lines.Start(line) + col, colon - col), line, col, colon));
            if (!MappingValue(line, col, colon, depth, out next))
            {
                return false;
            }

            if (next >= _lines.Count || _lines.Indent(next) < col)
            {
                break;
            }

            if (_lines.Indent(next) > col)
            {
                return false; // a continued plain value, or an indentation YAML would refuse
            }

            line = next;
        }

        _events.Add(new MappingEnd(EndMark(next), EndMark(next)));
        return true;
    }

    /// <summary>The value after <c>key:</c>: on the same line, or a collection on the lines below, or empty.</summary>
    private bool MappingValue(int line, int col, int colon, int depth, out int next)
    {
        var value = SkipSpaces(line, colon + 1);
        if (value < _lines.Length(line) && _text[_lines.Start(line) + value] != '#')
        {
            return InlineValue(line, value, col, out next);
        }

        next = NextSignificant(line + 1);
        if (next < _lines.Count && (_lines.Indent(next) > col || (_lines.Indent(next) == col && IsDash(next, col))))
        {
            var below = _lines.Indent(next);
            return (IsDash(next, below) || KeyEnd(next, below) is not null) && Collection(next, below, depth + 1, out next);
        }

        _events.Add(PlainScalar("", line, colon + 1, colon + 1)); // `key:` alone: YamlDotNet marks it just after the colon
        return true;
    }

    private bool Sequence(int line, int col, int depth, out int next)
    {
        next = 0;
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, Mark(line, col), Mark(line, col)));
        while (true)
        {
            var item = SkipSpaces(line, col + 1);
            if (item == col + 1 || item >= _lines.Length(line) || _text[_lines.Start(line) + item] == '#' || IsDash(line, item))
            {
                return false; // `-` alone, `- # …` or `- - …`: YamlDotNet's
            }

            var ok = KeyEnd(line, item) is not null
                ? Collection(line, item, depth + 1, out next)
                : InlineValue(line, item, col, out next);
            if (!ok)
            {
                return false;
            }

            if (next >= _lines.Count || _lines.Indent(next) < col || (_lines.Indent(next) == col && !IsDash(next, col)))
            {
                break; // at the list's own column a key belongs to the mapping the list is the value of
            }

            if (_lines.Indent(next) > col)
            {
                return false;
            }

            line = next;
        }

        _events.Add(new SequenceEnd(EndMark(next), EndMark(next)));
        return true;
    }

    /// <summary>A value starting at <paramref name="col"/> of its line; <paramref name="parent"/> is its collection's column.</summary>
    private bool InlineValue(int line, int col, int parent, out int next)
    {
        next = 0;
        var at = _lines.Start(line) + col;
        switch (_text[at])
        {
            case '"':
                return Quoted(line, col, '"', out next);
            case '\'':
                return Quoted(line, col, '\'', out next);
            case '|':
                return Literal(line, col, parent, out next);
            case var c when IsIndicator(c):
                return false;
        }

        // A plain value ends at the line's end or at a comment (` #`), without the spaces before it.
        var end = _lines.Length(line);
        for (var i = col + 1; i < end; i++)
        {
            if (_text[_lines.Start(line) + i] == '#' && _text[_lines.Start(line) + i - 1] == ' ')
            {
                end = i;
                break;
            }
        }

        while (_text[_lines.Start(line) + end - 1] == ' ')
        {
            end--;
        }

        var value = _text.Substring(at, end - col);
        if (value.EndsWith(':') || value.Contains(": ", StringComparison.Ordinal))
        {
            return false; // `a: b: c` is an error YamlDotNet explains
        }

        _events.Add(PlainScalar(value, line, col, end));
        next = NextSignificant(line + 1);
        return true;
    }

    /// <summary>A quoted value closed on its own line, then only spaces or a comment.</summary>
    private bool Quoted(int line, int col, char quote, out int next)
    {
        next = 0;
        var start = _lines.Start(line);
        var length = _lines.Length(line);
        var value = new System.Text.StringBuilder();
        var i = col + 1;
        for (; i < length; i++)
        {
            var c = _text[start + i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < length && _text[start + i + 1] == '\'')
                {
                    value.Append('\'');
                    i++;
                    continue;
                }

                break;
            }

            if (c == '\\' && quote == '"')
            {
                if (i + 1 >= length || Escape(start + i + 1, length - i - 1, out var escaped, out var used) is false)
                {
                    return false;
                }

                value.Append(escaped);
                i += used;
                continue;
            }

            value.Append(c);
        }

        if (i >= length)
        {
            return false; // not closed on this line
        }

        var after = SkipSpaces(line, i + 1);
        if (after < length && (after == i + 1 || _text[start + after] != '#'))
        {
            return false;
        }

        var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(), style, false, true, Mark(line, col), Mark(line, i + 1)));
        next = NextSignificant(line + 1);
        return true;
    }

    /// <summary>The escapes content files use; any other is left to YamlDotNet.</summary>
    private bool Escape(int at, int available, out string escaped, out int used)
    {
        used = 1;
        escaped = _text[at] switch
        {
            '"' => "\"",
            '\\' => "\\",
            '/' => "/",
            'n' => "\n",
            't' => "\t",
            _ => "",
        };
        if (escaped.Length > 0)
        {
            return true;
        }

        if (_text[at] == 'u' && available >= 5 && ushort.TryParse(_text.AsSpan(at + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)
            && !char.IsSurrogate((char)code))
        {
            escaped = ((char)code).ToString();
            used = 5;
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>|</c> or <c>|-</c> alone at the end of its line, then lines indented as its first, which is not blank. Its
    /// end is where the next non-empty line starts (trailing empty lines belong to it), as YamlDotNet marks it.
    /// </summary>
    private bool Literal(int line, int col, int parent, out int next)
    {
        next = 0;
        var strip = col + 1 < _lines.Length(line) && _text[_lines.Start(line) + col + 1] == '-';
        var first = line + 1;
        if (col + (strip ? 2 : 1) != _lines.Length(line) || first >= _lines.Count || _lines.Length(first) == 0)
        {
            return false;
        }

        var indent = _lines.Indent(first);
        if (indent <= parent)
        {
            return false;
        }

        var last = first;
        var after = first + 1;
        for (; after < _lines.Count; after++)
        {
            if (_lines.Length(after) == 0)
            {
                continue;
            }

            if (_lines.Indent(after) < indent)
            {
                break;
            }

            last = after;
        }

        var value = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                value.Append('\n');
            }

            if (_lines.Length(i) > 0)
            {
                value.Append(_text, _lines.Start(i) + indent, _lines.Length(i) - indent);
            }
        }

        if (!strip && _lines.HasBreak(last))
        {
            value.Append('\n');
        }

        var end = after < _lines.Count ? Mark(after, 0) : EndOfText();
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(), ScalarStyle.Literal, false, true, Mark(line, col), end));
        next = NextSignificant(after);
        return true;
    }

    /// <summary>Where <c>key:</c> starting at this column ends (the colon), or null when no plain key starts there.</summary>
    private int? KeyEnd(int line, int col)
    {
        var start = _lines.Start(line);
        var length = _lines.Length(line);
        if (col >= length || IsIndicator(_text[start + col]))
        {
            return null;
        }

        for (var i = col + 1; i < length; i++)
        {
            var c = _text[start + i];
            if (c == ':' && (i + 1 == length || _text[start + i + 1] == ' '))
            {
                return _text[start + i - 1] == ' ' || i - col > MaxKeyLength ? null : i;
            }

            if (c == '#' && _text[start + i - 1] == ' ')
            {
                return null;
            }
        }

        return null;
    }

    private bool IsDash(int line, int col) =>
        col < _lines.Length(line) && _text[_lines.Start(line) + col] == '-'
        && (col + 1 == _lines.Length(line) || _text[_lines.Start(line) + col + 1] == ' ');

    /// <summary>The characters YAML gives a meaning at the start of a value (a plain value cannot begin with them).</summary>
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    private int SkipSpaces(int line, int col)
    {
        while (col < _lines.Length(line) && _text[_lines.Start(line) + col] == ' ')
        {
            col++;
        }

        return col;
    }

    /// <summary>The first line from <paramref name="line"/> on that is neither empty nor a comment.</summary>
    private int NextSignificant(int line)
    {
        while (line < _lines.Count && (_lines.Length(line) == 0 || _text[_lines.Start(line) + _lines.Indent(line)] == '#'))
        {
            line++;
        }

        return line;
    }

    private Scalar PlainScalar(string value, int line, int col, int endCol) =>
        new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, Mark(line, col), Mark(line, endCol));

    private Mark Mark(int line, int col) => new(_lines.Start(line) + col, line + 1, col + 1);

    private Mark EndMark(int line) => line < _lines.Count ? Mark(line, _lines.Indent(line)) : EndOfText();

    /// <summary>The end of the text, as YamlDotNet marks it: after a final line break, the start of the line below.</summary>
    private Mark EndOfText() =>
        _lines.Count == 0 || _lines.HasBreak(_lines.Count - 1)
            ? new Mark(_text.Length, _lines.Count + 1, 1)
            : new Mark(_text.Length, _lines.Count, _lines.Length(_lines.Count - 1) + 1);
}
