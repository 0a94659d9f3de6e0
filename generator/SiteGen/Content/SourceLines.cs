namespace SiteGen.Content;

/// <summary>The lines of a source text, for hints and for finding where a block scalar's content starts.</summary>
internal sealed class SourceLines(string text)
{
    private readonly string[] _lines = text.Split('\n');

    /// <summary>Line <paramref name="number"/> (1-based) without its line break, or "" past the end.</summary>
    public string Line(int number) =>
        number >= 1 && number <= _lines.Length ? _lines[number - 1].TrimEnd('\r') : "";

    /// <summary>The first non-blank line after <paramref name="number"/> and its indentation (1-based column).</summary>
    public (int Line, int Column) FirstContentAfter(int number)
    {
        for (var n = number + 1; n <= _lines.Length; n++)
        {
            var line = Line(n);
            if (line.Trim().Length > 0)
            {
                return (n, line.Length - line.TrimStart(' ').Length + 1);
            }
        }

        return (number, 1);
    }
}
