using System.Text.RegularExpressions;

namespace SiteGen.Tests.Model;

/// <summary>Applies a <see cref="LineEdit"/> to the text of a file.</summary>
internal static partial class LineEdits
{
    public static IReadOnlyList<LineEdit> All { get; } = Enum.GetValues<LineEdit>();

    /// <summary>The value edits need a value on the line (<c>key: value</c>, <c>- key: value</c>, <c>key: |</c>).</summary>
    public static bool AppliesTo(this LineEdit edit, ContentLine line) =>
        edit is LineEdit.Deleted or LineEdit.Indented || KeyWithValue().IsMatch(line.Text);

    /// <summary>The file's lines after the edit of line <paramref name="number"/>.</summary>
    public static string[] Apply(this LineEdit edit, IReadOnlyList<string> lines, int number)
    {
        var line = lines[number - 1];
        var key = KeyWithValue().Match(line).Groups["key"].Value;
        string[] replacement = edit switch
        {
            LineEdit.Deleted => [],
            LineEdit.ValueBlanked => [key + " "],
            LineEdit.ValueMadeList => [key + " []"],
            LineEdit.ValueMadeMapping => [key + " {a: 1}"],
            LineEdit.ValueMadePlaceholder => [key + " \"**\""],
            LineEdit.Indented => ["  " + line],
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        };
        return [.. lines.Take(number - 1), .. replacement, .. lines.Skip(number)];
    }

    [GeneratedRegex(@"^(?<key>\s*(?:- )?[a-z_0-9]+:)\s*\S")]
    private static partial Regex KeyWithValue();
}
