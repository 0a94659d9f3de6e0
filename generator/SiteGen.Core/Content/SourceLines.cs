namespace SiteGen.Content;

/// <summary>The lines of a source text, for hints and for finding where a block scalar's content starts.</summary>
internal sealed class SourceLines(string text)
{
    // Where each line starts, found only when asked (a block scalar or an error), and no string per line: most
    // content files have a block scalar, and splitting them into lines copied every such file once more.
    private int[] Starts => field ??= FindStarts(text);

    /// <summary>Line <paramref name="number"/> (1-based) without its line break, or "" past the end.</summary>
    public string Line(int number) => number >= 1 && number <= Starts.Length ? Span(number).ToString() : "";

    /// <summary>
    /// Where a block scalar whose indicator stands on line <paramref name="number"/> starts: the next line
    /// (its value's first line, even when blank), at the indentation of its first non-blank line.
    /// </summary>
    public (int Line, int Column) BlockStartAfter(int number)
    {
        for (var n = number + 1; n <= Starts.Length; n++)
        {
            var line = Span(n);
            if (line.Trim().Length > 0)
            {
                return (number + 1, line.Length - line.TrimStart(' ').Length + 1);
            }
        }

        return (number + 1, 1);
    }

    private static int[] FindStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }

    /// <summary>Line <paramref name="number"/>, from 1 to the number of lines, without its line break.</summary>
    private ReadOnlySpan<char> Span(int number)
    {
        var start = Starts[number - 1];
        var end = number < Starts.Length ? Starts[number] - 1 : text.Length;
        return text.AsSpan(start, end - start).TrimEnd('\r');
    }
}
