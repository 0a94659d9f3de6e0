using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Content.Mistakes;

/// <summary>
/// Walks a YAML text line by line, keeping just enough of its layout to tell a line that starts a key or a list item
/// (where the mistakes are) from a line of text (a block scalar, a quoted value, a plain value going on), and reports
/// what it finds through <see cref="MistakeMessages"/>. Columns here are 0-based; reported ones are 1-based.
/// </summary>
internal sealed class MistakeScanner(string path, DiagnosticBag diagnostics)
{
    /// <summary>The block lists still open, innermost last: where their dashes stand and which line had the last one.</summary>
    private readonly List<OpenList> _lists = [];

    private int _number;
    private int? _plainOwner;  // a plain value stands open: lines indented more than this column go on with it
    private int? _blockOwner;  // inside a block scalar (| or >) of the key or item at this column
    private int _blockIndent = -1;
    private char _openQuote;   // inside a quoted value that goes on to the next line
    private int _flowDepth;    // inside a [ ] list that goes on to the next line
    private (int Owner, int From)? _awaiting; // the last line was `key:` or `-` alone at Owner: what it holds may start at From

    public int Found { get; private set; }

    public void Line(int number, ReadOnlySpan<char> s)
    {
        _number = number;
        if (InsideText(s))
        {
            return;
        }

        var indent = 0;
        while (indent < s.Length && s[indent] is ' ' or '\t' or '\u3000')
        {
            indent++;
        }

        var tab = s[..indent].IndexOf('\t');
        if (indent == s.Length || s[indent] == '#')
        {
            // A tab before a comment or on a blank line breaks a plain value above it (YamlDotNet stops there).
            if (tab >= 0 && _plainOwner is not null)
            {
                Report(DiagnosticCodes.TabIndentation, tab, MistakeMessages.Tab(number, tab));
            }

            _plainOwner = s.Length > indent ? null : _plainOwner;
            return;
        }

        if (tab >= 0)
        {
            Report(DiagnosticCodes.TabIndentation, tab, MistakeMessages.Tab(number, tab));
            return;
        }

        if (s[..indent].IndexOf('\u3000') is var wide and >= 0)
        {
            Report(DiagnosticCodes.FullWidthSpace, wide, MistakeMessages.WideIndentation(number, wide));
            return;
        }

        if (_plainOwner is { } owner && indent > owner)
        {
            // The plain value above goes on here, unless this was meant as the next item of the list it is in.
            if (IsDash(s, indent) && _lists.Count > 0 && _lists[^1].Dash == owner)
            {
                Report(DiagnosticCodes.ListIndentation, indent, MistakeMessages.ListOutOfLine(indent, _lists[^1]));
            }

            return;
        }

        _plainOwner = null;
        Structure(s, indent);
    }

    /// <summary>Whether the line belongs to a block scalar or a quoted value begun above (then it is text).</summary>
    private bool InsideText(ReadOnlySpan<char> s)
    {
        if (_blockOwner is { } owner)
        {
            var spaces = s.Length - s.TrimStart(' ').Length;
            if (spaces == s.Length || (_blockIndent < 0 && spaces > owner) || (_blockIndent >= 0 && spaces >= _blockIndent))
            {
                _blockIndent = spaces == s.Length || _blockIndent >= 0 ? _blockIndent : spaces;
                return true;
            }

            _blockOwner = null;
            _blockIndent = -1;
        }

        if (_flowDepth > 0)
        {
            if (FlowComma(s, 0, ref _flowDepth) is var comma and >= 0)
            {
                Report(DiagnosticCodes.ChineseComma, comma, MistakeMessages.ChineseComma());
                _flowDepth = 0;
            }

            return true;
        }

        if (_openQuote != 0)
        {
            if (ClosingQuote(s, 0, _openQuote) >= 0)
            {
                _openQuote = '\0';
            }

            return true;
        }

        return false;
    }

    /// <summary>A line that starts a key, a list item or a value: the dashes first, then what follows them.</summary>
    private void Structure(ReadOnlySpan<char> s, int indent)
    {
        if (indent == 0 && (s.StartsWith("---") || s.StartsWith("...")) && (s.Length == 3 || s[3] == ' '))
        {
            _lists.Clear(); // a document marker (SG1008 reports a second document)
            _awaiting = null;
            return;
        }

        var pos = indent;
        int? itemDash = null;
        while (IsDash(s, pos))
        {
            if (!ListItem(pos, first: itemDash is null))
            {
                return;
            }

            itemDash = pos;
            pos++;
            while (pos < s.Length && s[pos] is ' ' or '\t')
            {
                pos++;
            }

            if (pos == s.Length || s[pos] == '#')
            {
                _awaiting = (itemDash.Value, itemDash.Value + 1); // `-` alone: the item's content is on the lines below
                return;
            }
        }

        if (itemDash is null)
        {
            CloseListsFrom(indent); // a key at or left of a list's dashes ends that list
            if (s[pos] == '-' && pos + 1 < s.Length && s[pos + 1] != '-')
            {
                Report(DiagnosticCodes.DashWithoutSpace, pos, MistakeMessages.DashWithoutSpace(s[(pos + 1)..]));
                return;
            }
        }

        // What a line holds when it is not a key: an item's value, or the value of a `key:` above it, on a deeper line.
        var awaiting = _awaiting;
        _awaiting = null;
        Node(s, pos, itemDash ?? (awaiting is { } a && indent >= a.From && indent > a.Owner ? a.Owner : null));
    }

    /// <summary>Closes the open lists whose dashes stand at or right of <paramref name="column"/> (without a closure per line).</summary>
    private void CloseListsFrom(int column)
    {
        for (var i = _lists.Count - 1; i >= 0; i--)
        {
            if (_lists[i].Dash >= column)
            {
                _lists.RemoveAt(i);
            }
        }
    }

    /// <summary>A dash at <paramref name="column"/>: the next item of an open list, the first of a new one, or out of line.</summary>
    private bool ListItem(int column, bool first)
    {
        if (!first || _awaiting is { } awaiting && column >= awaiting.From)
        {
            var owner = first ? _awaiting!.Value.Owner : column;
            CloseListsFrom(column);
            _lists.Add(new OpenList(column, owner, _number));
            return true;
        }

        OpenList? closed = null;
        while (_lists.Count > 0 && _lists[^1].Dash > column)
        {
            closed = _lists[^1];
            _lists.RemoveAt(_lists.Count - 1);
        }

        if (_lists.Count > 0 && _lists[^1].Dash == column)
        {
            _lists[^1] = _lists[^1] with { Line = _number };
            return true;
        }

        // Left of its list's dashes but still inside what holds the list, or right of them without a key to open a new list.
        var wrong = closed is { } left && left.Owner < column ? left : _lists.Count > 0 ? _lists[^1] : (OpenList?)null;
        if (wrong is { } list)
        {
            Report(DiagnosticCodes.ListIndentation, column, MistakeMessages.ListOutOfLine(column, list));
            return false;
        }

        _lists.Add(new OpenList(column, -1, _number));
        return true;
    }

    /// <summary>What starts at <paramref name="pos"/>: a key and its value, or a value held by the item or key at <paramref name="valueOwner"/>.</summary>
    private void Node(ReadOnlySpan<char> s, int pos, int? valueOwner)
    {
        var word = pos;
        while (word < s.Length && (char.IsAsciiLetterLower(s[word]) || s[word] == '_' || (word > pos && char.IsAsciiDigit(s[word]))))
        {
            word++;
        }

        if (word > pos)
        {
            var key = s[pos..word].ToString();
            var afterSpaces = word;
            while (afterSpaces < s.Length && s[afterSpaces] == ' ')
            {
                afterSpaces++;
            }

            if (afterSpaces < s.Length && s[afterSpaces] == '：')
            {
                Report(DiagnosticCodes.FullWidthColon, afterSpaces, MistakeMessages.FullWidthColon(key));
                return;
            }

            if (word < s.Length && s[word] == ':')
            {
                var next = word + 1 < s.Length ? s[word + 1] : ' ';
                if (next == '\u3000')
                {
                    Report(DiagnosticCodes.FullWidthSpace, word + 1, MistakeMessages.WideSpaceAfterColon(key));
                    return;
                }

                if (next is ' ' or '\t')
                {
                    Value(s, word + 1, pos);
                    return;
                }

                // `http://…` and `mailto:…` are text; any other `key:value` was meant as a key.
                if (next is not ('/' or ':') && key is not ("http" or "https" or "mailto" or "ftp" or "tel" or "file"))
                {
                    Report(DiagnosticCodes.ColonWithoutSpace, word, MistakeMessages.ColonWithoutSpace(key, s[(word + 1)..]));
                    return;
                }
            }
        }

        if (s[pos] is '“' or '‘' or '”' && FullWidthQuotedKey(s, pos) is { } quotedKey)
        {
            Report(DiagnosticCodes.FullWidthQuote, pos, MistakeMessages.FullWidthQuotedKey(s[pos], quotedKey));
            return;
        }

        if (s[pos] is '"' or '\'')
        {
            var close = ClosingQuote(s, pos + 1, s[pos]);
            if (close < 0)
            {
                _openQuote = s[pos];
                return;
            }

            var after = close + 1;
            while (after < s.Length && s[after] == ' ')
            {
                after++;
            }

            if (after < s.Length && s[after] == ':')
            {
                Value(s, after + 1, pos);
            }

            return;
        }

        var colon = KeyColon(s, pos);
        if (colon >= 0)
        {
            Value(s, colon + 1, pos);
        }
        else if (valueOwner is { } owner)
        {
            Value(s, pos, owner, keyed: false);
        }
        else if (s[pos] is not ('?' or ':' or '%' or '[' or '{' or '&' or '*' or '!'))
        {
            // Where a key must stand (YAML's own error comes a line later, if at all).
            var named = word > pos && word < s.Length && s[word] == ' ';
            Report(DiagnosticCodes.MissingColon, named ? word : pos, named
                ? MistakeMessages.MissingColon(s[pos..word].ToString(), s[word..].TrimStart(' '))
                : MistakeMessages.NotAKey());
        }
    }

    /// <summary>The value from <paramref name="from"/> of the key or item at column <paramref name="owner"/>.</summary>
    /// <param name="keyed">The value follows a key on its line (not a list item's value, not a line of its own).</param>
    private void Value(ReadOnlySpan<char> s, int from, int owner, bool keyed = true)
    {
        var v = from;
        while (v < s.Length && s[v] is ' ' or '\t')
        {
            v++;
        }

        if (v == s.Length || s[v] == '#')
        {
            _awaiting = (owner, owner); // a list under a key may start right below it (`key:` then `- item`)
            return;
        }

        var rest = s[v..];
        switch (s[v])
        {
            case '|' or '>':
                _blockOwner = owner;
                _blockIndent = -1;
                return;
            case '"' or '\'':
                _openQuote = ClosingQuote(s, v + 1, s[v]) < 0 ? s[v] : '\0';
                return;
            case '*' or '&' or '!':
                Report(DiagnosticCodes.AliasNotAllowed, v, MistakeMessages.AliasOrTag(rest));
                return;
            case '%' or '@' or '`' or '{':
                Report(DiagnosticCodes.ReservedFirstCharacter, v, MistakeMessages.Reserved(rest));
                return;
            case '[':
                if (FlowComma(s, v, ref _flowDepth) is var comma and >= 0)
                {
                    _flowDepth = 0;
                    Report(DiagnosticCodes.ChineseComma, comma, MistakeMessages.ChineseComma());
                }

                return;
            case '“' or '‘' or '”' when FullWidthQuoteMeantAsYaml(rest):
                Report(DiagnosticCodes.FullWidthQuote, v, MistakeMessages.FullWidthQuotedValue(rest));
                return;
            default:
                // `key: a: b` is never valid: the second `: ` would start a key inside a value.
                if (keyed && KeyColon(s, v) is var inner and >= 0)
                {
                    Report(DiagnosticCodes.ColonInValue, inner, MistakeMessages.ColonInValue(s[from..].Trim(' ')));
                    return;
                }

                _plainOwner = owner;
                return;
        }
    }

    /// <summary>
    /// A value in full-width quotes was meant to be quoted for YAML when what is inside is ASCII only (a code or an
    /// amount: <c>“224002”</c>) or holds what YAML would read as syntax (<c>: </c> or <c> #</c>); prose that merely
    /// starts with a quotation (<c>“十四五”规划</c>) is text.
    /// </summary>
    private static bool FullWidthQuoteMeantAsYaml(ReadOnlySpan<char> value)
    {
        var text = value.TrimEnd(' ');
        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal))
        {
            return true;
        }

        return text.Length >= 2 && text[^1] is '”' or '’' && text[1..^1].Length > 0 && Ascii.IsValid(text[1..^1]) && text[1..^1].IndexOfAny('“', '”') < 0;
    }

    /// <summary>The key of <c>“code”: …</c>: full-width quotes around a key, then a colon of either width.</summary>
    private static string? FullWidthQuotedKey(ReadOnlySpan<char> s, int pos)
    {
        var close = s[(pos + 1)..].IndexOfAny('”', '’');
        if (close < 0)
        {
            return null;
        }

        var after = pos + 1 + close + 1;
        return after < s.Length && s[after] is ':' or '：' && char.IsAsciiLetter(s[pos + 1]) ? s[(pos + 1)..(pos + 1 + close)].ToString() : null;
    }

    /// <summary>
    /// The first Chinese comma inside a flow list <c>[…]</c> (outside quotes) from <paramref name="from"/> on, or -1;
    /// <paramref name="depth"/> is how many brackets are open, before and after the line.
    /// </summary>
    private static int FlowComma(ReadOnlySpan<char> s, int from, ref int depth)
    {
        for (var i = from; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    if (--depth == 0)
                    {
                        return -1;
                    }

                    break;
                case '"' or '\'':
                    var close = ClosingQuote(s, i + 1, s[i]);
                    if (close < 0)
                    {
                        depth = 0; // a quote left open: YamlDotNet reports it
                        return -1;
                    }

                    i = close;
                    break;
                case '#' when i > 0 && s[i - 1] == ' ':
                    return -1;
                case '，':
                    return i;
            }
        }

        return -1;
    }

    /// <summary>Where the key of a plain line ends: its first <c>:</c> followed by a space or the line's end, before any comment.</summary>
    private static int KeyColon(ReadOnlySpan<char> s, int pos)
    {
        for (var i = pos; i < s.Length; i++)
        {
            if (s[i] == '#' && i > pos && s[i - 1] == ' ')
            {
                return -1;
            }

            if (s[i] == ':' && (i + 1 == s.Length || s[i + 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The closing quote of a quoted scalar from <paramref name="from"/> on (a doubled <c>''</c> and <c>\"</c> are inside it), or -1.</summary>
    private static int ClosingQuote(ReadOnlySpan<char> s, int from, char quote)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (quote == '"' && s[i] == '\\')
            {
                i++;
            }
            else if (s[i] == quote)
            {
                if (quote == '\'' && i + 1 < s.Length && s[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static bool IsDash(ReadOnlySpan<char> s, int i) =>
        i < s.Length && s[i] == '-' && (i + 1 == s.Length || s[i + 1] is ' ' or '\t');

    private void Report(DiagnosticCode code, int column, string message)
    {
        diagnostics.Report(code, new SourceLocation(path, _number, column + 1), message);
        Found++;
    }
}
