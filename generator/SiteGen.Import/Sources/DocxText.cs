using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import.Sources;

/// <summary>
/// The visible text of one Word paragraph: text, tabs, line breaks and the displayed result of fields, with
/// field instructions, deleted (tracked) and hidden text left out. Also notes a TC or TOC field, which marks
/// the paragraph as a heading the way Word's text export shows it ("… TC 标题 \f A \l 1").
/// </summary>
internal static class DocxText
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static (string Text, bool HasTocField) Of(W.Paragraph paragraph)
    {
        var state = new State();
        AppendChildren(paragraph, state);
        return (state.Text.ToString().Trim(), state.HasTocField);
    }

    private static void AppendChildren(OpenXmlElement parent, State state)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case W.Run run:
                    AppendRun(run, state);
                    break;
                case W.SimpleField field:
                    state.NoteInstruction(field.Instruction?.Value);
                    AppendChildren(field, state);
                    break;
                case W.SdtRun sdt:
                    foreach (var content in sdt.Elements<W.SdtContentRun>())
                    {
                        AppendChildren(content, state);
                    }

                    break;
                case OpenXmlUnknownElement { LocalName: "smartTag" } smartTag when smartTag.NamespaceUri == WordNamespace:
                    // Word 2003–2007 wrapped dates and places in smart tags (w:smartTag w:element="chsdate");
                    // SDK 3 no longer knows them and hands the runs over as unknown elements: parse them as runs.
                    AppendChildren(new W.Paragraph { InnerXml = string.Concat(smartTag.ChildElements.Select(c => c.OuterXml)) }, state);
                    break;
                // Inserted and moved-here text is in the document; deleted and moved-away text (w:del,
                // w:moveFrom) is not, so those are not in this list.
                case W.InsertedRun or W.MoveToRun or W.Hyperlink or W.CustomXmlRun
                    or W.BidirectionalOverride or W.BidirectionalEmbedding:
                    AppendChildren(child, state);
                    break;
            }
        }
    }

    private static void AppendRun(W.Run run, State state)
    {
        var hidden = run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case W.FieldChar fieldChar:
                    state.FieldChar(fieldChar.FieldCharType?.Value);
                    continue;
                case W.FieldCode code:
                    state.FieldCode(code.Text);
                    continue;
            }

            if (hidden || state.InInstruction)
            {
                continue;
            }

            switch (child)
            {
                case W.Text text:
                    state.Text.Append(text.Text);
                    break;
                case W.TabChar or W.PositionalTab:
                    state.Text.Append('\t');
                    break;
                case W.Break or W.CarriageReturn:
                    state.Text.Append('\n');
                    break;
                case W.NoBreakHyphen:
                    state.Text.Append('-');
                    break;
            }
        }
    }

    /// <summary>
    /// The text so far and the open complex fields (w:fldChar begin … separate … end), innermost on top:
    /// an instruction being collected, or null once the field shows its result.
    /// </summary>
    private sealed class State
    {
        private readonly Stack<StringBuilder?> _fields = new();

        public StringBuilder Text { get; } = new();

        public bool HasTocField { get; private set; }

        /// <summary>Between a field's begin and separate nothing is displayed, nested fields included.</summary>
        public bool InInstruction => _fields.Any(f => f is not null);

        public void FieldChar(W.FieldCharValues? type)
        {
            if (type == W.FieldCharValues.Begin)
            {
                _fields.Push(new StringBuilder());
            }
            else if (_fields.Count == 0)
            {
                // A field that began in an earlier paragraph (a TOC spans many): its result is shown as usual.
            }
            else if (type == W.FieldCharValues.Separate)
            {
                NoteInstruction(_fields.Pop()?.ToString());
                _fields.Push(null);
            }
            else if (type == W.FieldCharValues.End)
            {
                NoteInstruction(_fields.Pop()?.ToString());
            }
        }

        public void FieldCode(string text)
        {
            if (_fields.TryPeek(out var instruction))
            {
                instruction?.Append(text);
            }
        }

        public void NoteInstruction(string? instruction)
        {
            var name = instruction?.Trim().Split(' ', 2)[0];
            if (string.Equals(name, "TC", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "TOC", StringComparison.OrdinalIgnoreCase))
            {
                HasTocField = true;
            }
        }
    }
}
