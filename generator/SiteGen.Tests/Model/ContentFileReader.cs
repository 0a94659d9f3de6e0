using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Tests.Model;

/// <summary>Gives each line of a valid content file its <see cref="ContentLine"/>, walking the YAML tree beside its format.</summary>
internal sealed class ContentFileReader
{
    private readonly string[] _texts;
    private readonly ContentLine?[] _lines;

    private ContentFileReader(string[] texts)
    {
        _texts = texts;
        _lines = new ContentLine?[texts.Length];
    }

    public static IReadOnlyList<ContentLine> Read(string path, MapFormat format)
    {
        var text = File.ReadAllText(path);
        var diagnostics = new DiagnosticBag();
        if (YamlReader.Read(text, path, diagnostics) is not YamlMapping root || diagnostics.HasErrors)
        {
            throw new InvalidOperationException($"{path} must be a valid content file to be mutated: {string.Join("; ", diagnostics.Sorted())}");
        }

        var reader = new ContentFileReader(text.TrimEnd('\n').Split('\n'));
        reader.Mapping(root, format, "");
        return [.. reader._lines.Select((line, i) => line ?? reader.CommentOrFail(i + 1))];
    }

    /// <summary>Gives the lines of <paramref name="map"/> their roles; returns the last line it holds.</summary>
    /// <param name="item">For a mapping that is a list item: its place in the list, given to its first line, which opens it.</param>
    private int Mapping(YamlMapping map, MapFormat format, string path, (bool IsFirst, bool HasSiblings)? item = null)
    {
        var last = map.Location.Line;
        foreach (var entry in map.Entries)
        {
            var field = format.Fields.Single(f => f.Key == entry.Key.Value);
            var at = entry.Key.Location.Line;
            var here = path.Length == 0 ? field.Key : $"{path}.{field.Key}";
            var role = item is not null && at == map.Location.Line ? LineRole.ItemKey : LineRole.Key;
            last = entry.Value switch
            {
                YamlScalar { ContentStart.Line: var start } text when start > at => Block(text, field, here, at, map.Location.Line),
                YamlScalar scalar => Set(new(at, _texts[at - 1], role, field, here, map.Location.Line, at) { PlainValue = scalar.IsPlain }),
                YamlMapping child => Parent(at, role, field, here, map.Location.Line, Mapping(child, (MapFormat)field.Type, here)),
                YamlSequence list => Parent(at, role, field, here, map.Location.Line, List(list, field, here, at)),
                _ => throw new InvalidOperationException($"{here}: unexpected {entry.Value.KindName}"),
            };
        }

        if (item is var (isFirst, hasSiblings))
        {
            var opening = _lines[map.Location.Line - 1]!;
            _lines[opening.Number - 1] = opening with { BlockEnd = last, IsFirst = isFirst, HasSiblings = hasSiblings };
        }

        return last;
    }

    private int List(YamlSequence list, ContentField field, string path, int keyLine)
    {
        var last = keyLine;
        foreach (var (item, index) in list.Items.Select((item, i) => (item, i)))
        {
            var here = $"{path}[{index}]";
            last = item switch
            {
                YamlScalar scalar => Set(new(scalar.Location.Line, _texts[scalar.Location.Line - 1], LineRole.Item, field, here, keyLine, scalar.Location.Line)
                {
                    PlainValue = scalar.IsPlain,
                    IsFirst = index == 0,
                    HasSiblings = list.Items.Count > 1,
                }),
                YamlMapping map => Mapping(map, (MapFormat)((ListType)field.Type).Items, here, (index == 0, list.Items.Count > 1)),
                _ => throw new InvalidOperationException($"{here}: unexpected {item.KindName}"),
            };
        }

        return last;
    }

    private int Block(YamlScalar text, ContentField field, string path, int keyLine, int mappingStart)
    {
        var lines = text.Value.TrimEnd('\n').Split('\n');
        var start = text.ContentStart.Line;
        var nonBlank = lines.Count(l => l.Trim().Length > 0);
        for (var i = 0; i < lines.Length; i++)
        {
            Set(new(start + i, _texts[start + i - 1], LineRole.BlockText, field, path, keyLine, start + i)
            {
                IsFirst = i == 0,
                HasSiblings = nonBlank > (lines[i].Trim().Length > 0 ? 1 : 0),
                TextIndent = text.ContentStart.Column - 1,
            });
        }

        Set(new(keyLine, _texts[keyLine - 1], LineRole.BlockHeader, field, path, mappingStart, start + lines.Length - 1));
        return start + lines.Length - 1;
    }

    // A "- key:" line with its value below still opens its item: it stays an ItemKey.
    private int Parent(int at, LineRole role, ContentField field, string path, int mappingStart, int last) =>
        Set(new(at, _texts[at - 1], role == LineRole.ItemKey ? LineRole.ItemKey : LineRole.ParentKey, field, path, mappingStart, last));

    private int Set(ContentLine line)
    {
        _lines[line.Number - 1] = line;
        return line.BlockEnd;
    }

    private ContentLine CommentOrFail(int number)
    {
        var text = _texts[number - 1];
        return text.Trim().Length == 0 || text.TrimStart().StartsWith('#')
            ? new ContentLine(number, text, LineRole.Comment, null, "#", number, number)
            : throw new InvalidOperationException($"line {number} holds content the YAML tree does not account for: {text}");
    }
}
