using SiteGen.Format;

namespace SiteGen.Tests.Model;

/// <summary>
/// A valid content file line by line: what each line holds (from its YAML tree) and the field of the format it
/// belongs to (from <see cref="ContentFormat"/>), plus the one YAML rule an edit of a line can trip over: more
/// indented lines below a text continue that text.
/// </summary>
internal sealed class ContentFile
{
    private ContentFile(IReadOnlyList<ContentLine> lines) => Lines = lines;

    public IReadOnlyList<ContentLine> Lines { get; }

    public ContentLine this[int number] => Lines[number - 1];

    public static ContentFile Read(string path, MapFormat format) => new(ContentFileReader.Read(path, format));

    /// <summary>The lines below <paramref name="line"/> that belong to it.</summary>
    public IEnumerable<ContentLine> Below(ContentLine line) => Lines.Skip(line.Number).Take(line.BlockEnd - line.Number);

    /// <summary>
    /// The line holding the text whose value ends on line <paramref name="above"/>, when <paramref name="texts"/> written
    /// right below it would continue that text (YAML folds them into its value), else null. A plain value takes lines
    /// indented more than its key that do not look like a key or a comment; a <c>|</c> text takes any line at its indentation.
    /// </summary>
    public ContentLine? TextContinuedBy(int above, IReadOnlyList<string> texts)
    {
        if (above < 1)
        {
            return null;
        }

        var end = this[above];
        var (holder, minIndent, plain) = end.Role switch
        {
            LineRole.BlockText => (this[end.Owner], end.TextIndent, false),
            LineRole.Key or LineRole.Item when end.PlainValue => (end, end.Indent + 1, true),
            LineRole.ItemKey when end.PlainValue => (end, end.Indent + "- ".Length + 1, true),
            _ => ((ContentLine?)null, 0, false),
        };

        return holder is not null && texts.All(t => t.Trim().Length == 0 || (IndentOf(t) >= minIndent && (!plain || FitsPlainText(t.Trim()))))
            ? holder
            : null;
    }

    /// <summary>Whether the text below a <c>key: |</c> line, without the <c>|</c>, reads as one plain value.</summary>
    public bool TextReadsAsPlainValue(ContentLine header)
    {
        var texts = Below(header).Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        return texts.Count > 0 && !"-?:,[]{}#&*!|>'\"%@`".Contains(texts[0][0], StringComparison.Ordinal) && texts.All(FitsPlainText);
    }

    private static int IndentOf(string text) => text.Length - text.TrimStart(' ').Length;

    private static bool FitsPlainText(string text) =>
        !text.Contains(": ", StringComparison.Ordinal) && !text.EndsWith(':') && !text.Contains(" #", StringComparison.Ordinal) && !text.StartsWith('#');
}
