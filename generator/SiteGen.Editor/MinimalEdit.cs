using System.Text.Json.Nodes;
using SiteGen.Content;
using SiteGen.Format;

namespace SiteGen.Editor;

/// <summary>
/// Turns a form's values into the smallest change of the file's text: each value that differs is rewritten in the
/// characters of its span (<see cref="SourceSpan"/>) and nowhere else, so comments, key order, blank lines and every
/// other value stay byte for byte. What the file did not have (a field, a list item) is written by the one YAML
/// writer, <see cref="ContentYaml"/>, at the indentation of its neighbours; an emptied optional field and a removed
/// item lose their lines. Values whose YAML is not of the format's kind (a broken file) are left as they are.
/// </summary>
public sealed class MinimalEdit
{
    private readonly string _text;
    private readonly string _newLine;
    private readonly List<Splice> _splices = [];

    private MinimalEdit(string text)
    {
        _text = text;
        _newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The file's text with the form's values; null when the file is not a mapping (a syntax error: edit it as text).</summary>
    public static string? Apply(string text, YamlNode? root, MapFormat format, JsonObject form)
    {
        if (root is not YamlMapping map)
        {
            return null;
        }

        var edit = new MinimalEdit(text);
        edit.EditMap(map, format, form);
        return Splice.Apply(text, edit._splices);
    }

    private void EditMap(YamlMapping map, MapFormat format, JsonObject form)
    {
        var indent = map.Entries.Count > 0 ? map.Entries[0].Key.Location.Column - 1 : 0;
        foreach (var field in format.Fields)
        {
            var entry = map.Entries.FirstOrDefault(e => e.Key.Value == field.Key);
            var value = form[field.Key];
            if (entry is null)
            {
                if (!FormValues.IsEmpty(value))
                {
                    Add(InsertionPoint(map, format, field), ContentYaml.Fields(FormValues.WithOnly(format, field, value!), indent));
                }

                continue;
            }

            EditEntry(format, entry, field, value, indent);
        }
    }

    private void EditEntry(MapFormat format, YamlEntry entry, ContentField field, JsonNode? value, int indent)
    {
        var emptied = FormValues.IsEmpty(value);
        switch (field.Type, entry.Value, value)
        {
            case (MapFormat sub, YamlMapping map, JsonObject form):
                EditMap(map, sub, form);
                break;
            case (ListType, YamlSequence sequence, JsonArray) when _text[sequence.Span.Start] == '[':
                // A flow list ([甲, 乙]) has no lines of its own items: changed, it is written anew as a block list.
                if (!JsonNode.DeepEquals(FormValues.Of(sequence, field.Type), value) && !OnDashLine(entry))
                {
                    Add(LineStart(entry.Key.Span.Start), LineEndAfter(ContentEnd(entry)), emptied ? "" : ContentYaml.Fields(FormValues.WithOnly(format, field, value!), indent));
                }

                break;
            case (ListType list, YamlSequence sequence, JsonArray items) when sequence.Items.Count > 0 && items.Count > 0:
                EditList(sequence, field, list.Items, items);
                break;
            case (ListType, YamlSequence { Items.Count: > 0 } sequence, _) when emptied && field.Required:
                Add(LineStart(sequence.Items[0].Span.Start), LineEndAfter(ContentEnd(sequence)), ""); // "goals:" left for the check to ask for
                break;
            case (MapFormat or ListType, _, _) when emptied && !field.Required && !OnDashLine(entry):
                Add(LineStart(entry.Key.Span.Start), LineEndAfter(ContentEnd(entry)), "");
                break;
            case (MapFormat or ListType, YamlScalar { IsNull: true } or YamlSequence, _) when !emptied && !OnDashLine(entry):
                // "indicators:" left blank (or an empty list) now filled in: the whole field, written anew.
                Add(LineStart(entry.Key.Span.Start), LineEndAfter(ContentEnd(entry)), ContentYaml.Fields(FormValues.WithOnly(format, field, value!), indent));
                break;
            case (MapFormat or ListType, _, _):
                break; // not of the format's kind: the check reports it; the form cannot show it, so it is kept
            case (_, YamlScalar scalar, _):
                EditScalar(entry, scalar, field, FormValues.Text(value), indent + 2);
                break;
        }
    }

    private void EditScalar(YamlEntry entry, YamlScalar scalar, ContentField field, string? text, int blockIndent)
    {
        if (text == FormValues.Text(scalar))
        {
            return;
        }

        if (text is null && !field.Required && !OnDashLine(entry))
        {
            Add(LineStart(entry.Key.Span.Start), LineEndAfter(ContentEnd(entry)), "");
            return;
        }

        ReplaceScalar(entry.Key, scalar, field.Type, text, blockIndent);
    }

    /// <summary>A scalar's characters replaced by the new value's (nothing, for an emptied required field: "key:").</summary>
    private void ReplaceScalar(YamlScalar? key, YamlScalar scalar, ContentType type, string? text, int blockIndent)
    {
        var isBlock = false;
        var value = text is null ? "" : ContentYaml.Value(type, text, blockIndent, out isBlock);
        if (scalar.IsNull && scalar.Value.Length == 0 && key is not null)
        {
            // "other:" with nothing after it: the value goes after the colon.
            var colon = _text.IndexOf(':', key.Span.End);
            Add(colon + 1, isBlock ? LineEndAfter(colon) : colon + 1, value.Length == 0 ? "" : " " + value);
            return;
        }

        var wasBlock = _text[scalar.Span.Start] is '|' or '>';
        var start = scalar.Span.Start;
        var end = wasBlock || isBlock ? LineEndAfter(ContentEnd(scalar)) : scalar.Span.End;
        if (wasBlock && !isBlock)
        {
            value += "\n";
        }

        if (text is null)
        {
            while (start > 0 && _text[start - 1] == ' ')
            {
                start--; // "key:" rather than "key: " for a value emptied
            }
        }

        Add(start, end, value);
    }

    private void EditList(YamlSequence sequence, ContentField field, ContentType itemType, JsonArray items)
    {
        var kept = Math.Min(sequence.Items.Count, items.Count);
        for (var i = 0; i < kept; i++)
        {
            switch (sequence.Items[i], itemType)
            {
                case (YamlMapping map, MapFormat format) when items[i] is JsonObject form:
                    EditMap(map, format, form);
                    break;
                case (YamlScalar scalar, not MapFormat):
                    var text = FormValues.Text(items[i]);
                    if (text != FormValues.Text(scalar))
                    {
                        ReplaceScalar(null, scalar, itemType, text, scalar.Location.Column - 1);
                    }

                    break;
            }
        }

        var last = sequence.Items[^1];
        var after = LineEndAfter(ContentEnd(last));
        for (var i = kept; i < items.Count; i++)
        {
            Add(after, after, itemType is MapFormat format
                ? ContentYaml.ListItem(FormValues.ToMap(items[i] as JsonObject, format), ItemIndent(sequence))
                : ContentYaml.ListItem(field, FormValues.Text(items[i]) ?? "", DashIndent(last)));
        }

        if (items.Count < sequence.Items.Count)
        {
            Add(LineStart(sequence.Items[kept].Span.Start), after, "");
        }
    }

    /// <summary>Where the keys of the list's mapping items stand (two columns right of their dash).</summary>
    private static int ItemIndent(YamlSequence sequence) =>
        sequence.Items[0] is YamlMapping { Entries.Count: > 0 } map ? map.Entries[0].Key.Location.Column - 1 : sequence.Location.Column + 1;

    /// <summary>
    /// Where a field the file lacks goes: on the line after the field before it in the format's order, or else before
    /// the first field after it, so the file keeps the format's order wherever it already did.
    /// </summary>
    private int InsertionPoint(YamlMapping map, MapFormat format, ContentField field)
    {
        var index = format.Fields.ToList().IndexOf(field);
        for (var i = index - 1; i >= 0; i--)
        {
            if (map.Entries.FirstOrDefault(e => e.Key.Value == format.Fields[i].Key) is { } before)
            {
                return LineEndAfter(ContentEnd(before));
            }
        }

        var next = map.Entries[0];
        return OnDashLine(next) ? LineEndAfter(ContentEnd(next)) : LineStart(next.Key.Span.Start);
    }

    private void Add(int at, string text) => Add(at, at, text);

    private void Add(int start, int end, string text) =>
        _splices.Add(new Splice(start, end, _newLine == "\n" ? text : text.Replace("\n", _newLine, StringComparison.Ordinal), _splices.Count));

    private bool OnDashLine(YamlEntry entry) =>
        _text.AsSpan(LineStart(entry.Key.Span.Start), entry.Key.Span.Start - LineStart(entry.Key.Span.Start)).Contains('-');

    private int ContentEnd(YamlEntry entry) =>
        entry.Value is YamlScalar { IsNull: true, Value.Length: 0 } ? entry.Key.Span.End + 1 : ContentEnd(entry.Value);

    /// <summary>Just after the node's last character that is not white space (a block's trailing blank lines excluded).</summary>
    private int ContentEnd(YamlNode node)
    {
        var last = node switch
        {
            YamlMapping { Entries.Count: > 0 } map when _text[map.Span.Start] != '{' => ContentEnd(map.Entries[^1]),
            YamlSequence { Items.Count: > 0 } list when _text[list.Span.Start] != '[' => ContentEnd(list.Items[^1]),
            _ => node.Span.End,
        };
        while (last > node.Span.Start && char.IsWhiteSpace(_text[last - 1]))
        {
            last--;
        }

        return last;
    }

    private int LineStart(int at) => at <= 0 ? 0 : _text.LastIndexOf('\n', at - 1) + 1;

    private int LineEndAfter(int at)
    {
        var newline = _text.IndexOf('\n', Math.Min(at, _text.Length));
        return newline < 0 ? _text.Length : newline + 1;
    }

    /// <summary>The column (from 0) of the dash of a list item.</summary>
    private int DashIndent(YamlNode item) => _text.LastIndexOf('-', item.Span.Start) - LineStart(item.Span.Start);
}
