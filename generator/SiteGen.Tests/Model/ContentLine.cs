using SiteGen.Format;

namespace SiteGen.Tests.Model;

/// <summary>
/// One line of a valid content file: what it holds and, for content, the field of the format it belongs to.
/// Line numbers are 1-based, as in diagnostics.
/// </summary>
/// <param name="Field">The key's field; for an item, its list's field; for block text, the field of the text. Null for a comment.</param>
/// <param name="Path">Where the line stands in the document, as <c>indicators[2].target</c>.</param>
/// <param name="Owner">
/// For a key, the line its mapping starts on (where a missing key is reported); for an item, its list's key; for
/// block text, its <c>key: |</c> line.
/// </param>
/// <param name="BlockEnd">The last line that belongs to this one: its mapping, list or text, or the rest of its item.</param>
internal sealed record ContentLine(int Number, string Text, LineRole Role, ContentField? Field, string Path, int Owner, int BlockEnd)
{
    /// <summary>The value on the line is a plain (unquoted) scalar, which more indented lines below would continue.</summary>
    public bool PlainValue { get; init; }

    /// <summary>The first item of its list, or the first line of its text.</summary>
    public bool IsFirst { get; init; }

    /// <summary>An item whose list has other items, or a text line whose text has other non-blank lines.</summary>
    public bool HasSiblings { get; init; }

    /// <summary>For block text: the indentation its text is written at (set by its first line).</summary>
    public int TextIndent { get; init; }

    public int Indent => Text.Length - Text.TrimStart(' ').Length;

    public bool Required => Field?.Required == true;

    /// <summary>The type of the value the line holds: an item's is its list's item type.</summary>
    public ContentType? ValueType => Role == LineRole.Item && Field?.Type is ListType list ? list.Items : Field?.Type;
}
