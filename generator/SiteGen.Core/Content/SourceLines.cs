namespace SiteGen.Content;

/// <summary>The lines of a source text, for hints and for finding where a block scalar's content starts.</summary>
internal sealed class SourceLines(string text)
{
    // Split only when asked (a block scalar or an error): most files need neither, and splitting copies the file.
    private string[] Lines => field ??= text.Split('\n');

    /// <summary>Line <paramref name="number"/> (1-based) without its line break, or "" past the end.</summary>
    public string Line(int number) =>
        number >= 1 && number <= Lines.Length ? Lines[number - 1].TrimEnd('\r') : "";

    /// <summary>
    /// Where a block scalar whose indicator stands on line <paramref name="number"/> starts: the next line
    /// (its value's first line, even when blank), at the indentation of its first non-blank line.
    /// </summary>
    public (int Line, int Column) BlockStartAfter(int number)
    {
        for (var n = number + 1; n <= Lines.Length; n++)
        {
            var line = Line(n);
            if (line.Trim().Length > 0)
            {
                return (number + 1, line.Length - line.TrimStart(' ').Length + 1);
            }
        }

        return (number + 1, 1);
    }
}
