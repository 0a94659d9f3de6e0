using System.Text;
using SiteGen.Content;

namespace SiteGen.Sample;

/// <summary>
/// Writes a content file the way staff write one: block mappings and lists indented by two spaces,
/// a list item's first key on its dash, multi-line Markdown as a literal block (<c>|</c>).
/// </summary>
internal sealed class YamlWriter
{
    private readonly StringBuilder _text = new();
    private readonly Stack<int> _indents = new();
    private int _indent;
    private bool _dash;

    public void Comment(string text) => _text.Append("# ").Append(text).Append('\n');

    /// <summary>A text value, quoted when needed; nothing is written for null.</summary>
    public void Text(string key, string? value)
    {
        if (value is not null)
        {
            Key(key).Append(' ').Append(YamlText.Scalar(value)).Append('\n');
        }
    }

    /// <summary>A value that is already valid plain YAML: numbers, true/false.</summary>
    public void Plain(string key, string value) => Key(key).Append(' ').Append(value).Append('\n');

    /// <summary>A key with no value (the content format's "empty means blank in the form").</summary>
    public void Blank(string key) => Key(key).Append('\n');

    /// <summary>Markdown prose: one line stays a scalar, several lines become a literal block.</summary>
    public void Prose(string key, string markdown)
    {
        if (!markdown.Contains('\n', StringComparison.Ordinal))
        {
            Text(key, markdown);
            return;
        }

        Key(key).Append(" |\n");
        Block(markdown, _indent + 2);
    }

    public void BeginMap(string key)
    {
        Key(key).Append('\n');
        Push(2);
    }

    public void BeginList(string key)
    {
        Key(key).Append('\n');
        Push(2);
    }

    /// <summary>A list item that is a mapping: its first key goes on the dash.</summary>
    public void BeginItem()
    {
        Push(2);
        _dash = true;
    }

    public void Item(string value) => _text.Append(' ', _indent).Append("- ").Append(YamlText.Scalar(value)).Append('\n');

    public void ProseItem(string markdown)
    {
        if (!markdown.Contains('\n', StringComparison.Ordinal))
        {
            Item(markdown);
            return;
        }

        _text.Append(' ', _indent).Append("- |\n");
        Block(markdown, _indent + 4);
    }

    public void End() => _indent = _indents.Pop();

    public override string ToString() => _text.ToString();

    private void Push(int by)
    {
        _indents.Push(_indent);
        _indent += by;
    }

    private StringBuilder Key(string key)
    {
        if (_dash)
        {
            _dash = false;
            _text.Append(' ', _indent - 2).Append("- ");
        }
        else
        {
            _text.Append(' ', _indent);
        }

        return _text.Append(key).Append(':');
    }

    private void Block(string markdown, int indent)
    {
        foreach (var line in markdown.Split('\n'))
        {
            if (line.Length > 0)
            {
                _text.Append(' ', indent).Append(line);
            }

            _text.Append('\n');
        }
    }
}
