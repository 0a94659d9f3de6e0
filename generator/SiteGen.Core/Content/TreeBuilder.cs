using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content;

/// <summary>Builds the node tree from parser events; keeps an explicit stack of open mappings and lists.</summary>
internal sealed class TreeBuilder(string path, SourceLines lines, DiagnosticBag diagnostics)
{
    private readonly Stack<OpenNode> _open = new();
    private int _documents;

    public YamlNode? Root { get; private set; }

    /// <summary>Takes one event; false when reading must stop (the reason is reported).</summary>
    public bool Accept(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart when ++_documents > 1:
                diagnostics.Report(DiagnosticCodes.MultipleDocuments, At(e.Start), "一个文件只能有一个 YAML 文档：请删除多余的 “---” 及其后的内容");
                return false;
            case NodeEvent node when !node.Anchor.IsEmpty || !node.Tag.IsEmpty:
                diagnostics.Report(DiagnosticCodes.AliasNotAllowed, At(e.Start), "不支持 YAML 锚点（&）和标签（!）：请直接写出内容；以 & 或 ! 开头的文字要加引号");
                return false;
            case AnchorAlias:
                diagnostics.Report(DiagnosticCodes.AliasNotAllowed, At(e.Start), "不支持 YAML 别名（*）：请直接写出内容；以 * 开头的文字（如 **）要加引号");
                return false;
            case MappingStart start:
                return Open(new OpenNode(At(e.Start), isMapping: true, (int)e.Start.Index, start.Style == MappingStyle.Flow));
            case SequenceStart start:
                return Open(new OpenNode(At(e.Start), isMapping: false, (int)e.Start.Index, start.Style == SequenceStyle.Flow));
            case MappingEnd or SequenceEnd:
                var done = _open.Pop();
                YamlNode collection = done.IsMapping
                    ? new YamlMapping(done.Location, done.Entries)
                    : new YamlSequence(done.Location, done.Items);
                return Add(collection with { Span = CollectionSpan(done, e) });
            case Scalar scalar:
                return Add(ToScalar(scalar));
            default:
                return true;
        }
    }

    private bool Open(OpenNode node)
    {
        if (_open.Count >= YamlReader.MaxDepth)
        {
            diagnostics.Report(DiagnosticCodes.TooDeep, node.Location, $"YAML 嵌套超过 {YamlReader.MaxDepth} 层，文件已不再读取");
            return false;
        }

        _open.Push(node);
        return true;
    }

    private bool Add(YamlNode node)
    {
        if (_open.Count == 0)
        {
            Root = node;
            return true;
        }

        var parent = _open.Peek();
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            return true;
        }

        if (parent.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                diagnostics.Report(DiagnosticCodes.YamlSyntax, node.Location, "字段名必须是一段文字，不能是列表或键值对");
                return false;
            }

            parent.PendingKey = key;
            return true;
        }

        AddEntry(parent, parent.PendingKey, node);
        parent.PendingKey = null;
        return true;
    }

    private void AddEntry(OpenNode mapping, YamlScalar key, YamlNode value)
    {
        if (mapping.FindKey(key.Value) is { } first)
        {
            diagnostics.Report(DiagnosticCodes.DuplicateKey, key.Location,
                $"字段 “{key.Value}” 重复（第一次出现在第 {first.Line} 行）：同一层级每个字段只能写一次");
            return;
        }

        mapping.AddEntry(new YamlEntry(key, value));
    }

    private YamlScalar ToScalar(Scalar scalar)
    {
        var at = At(scalar.Start);
        var contentStart = scalar.Style switch
        {
            ScalarStyle.Literal or ScalarStyle.Folded => BlockContentStart(at),
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => at with { Column = at.Column + 1 },
            _ => at,
        };
        return new YamlScalar(at, scalar.Value, scalar.Style == ScalarStyle.Plain, contentStart)
        {
            Span = new SourceSpan((int)scalar.Start.Index, (int)scalar.End.Index, At(scalar.End)),
        };
    }

    /// <summary>
    /// A flow collection ends at its bracket; a block one where its last value ends (its end event comes only with
    /// the next key, after any comments and blank lines between, which belong to no value).
    /// </summary>
    private SourceSpan CollectionSpan(OpenNode done, ParsingEvent end)
    {
        var last = done.IsMapping
            ? done.Entries.Count > 0 ? done.Entries[^1].Value.Span : default(SourceSpan?)
            : done.Items.Count > 0 ? done.Items[^1].Span : default(SourceSpan?);
        return done.IsFlow || last is null
            ? new SourceSpan(done.StartIndex, (int)end.End.Index, At(end.End))
            : new SourceSpan(done.StartIndex, last.Value.End, last.Value.EndLocation);
    }

    private SourceLocation BlockContentStart(SourceLocation indicator)
    {
        var (line, column) = lines.BlockStartAfter(indicator.Line);
        return new SourceLocation(path, line, column);
    }

    private SourceLocation At(Mark mark) => YamlReader.At(path, mark);

    /// <summary>A mapping or list whose end event has not come yet.</summary>
    private sealed class OpenNode(SourceLocation location, bool isMapping, int startIndex = 0, bool isFlow = false)
    {
        public SourceLocation Location { get; } = location;
        public bool IsMapping { get; } = isMapping;
        public int StartIndex { get; } = startIndex;
        public bool IsFlow { get; } = isFlow;
        // A mapping needs only Entries, a list only Items; a large site opens millions of these.
        public List<YamlEntry> Entries => field ??= [];
        public List<YamlNode> Items => field ??= [];

        // Duplicate keys are found by a scan while a mapping is small (they all are, in content files)
        // and by a dictionary once it is not, so a hostile file with a huge mapping stays linear.
        private const int ScanLimit = 16;
        private Dictionary<string, SourceLocation>? _keys;

        public SourceLocation? FindKey(string key)
        {
            if (_keys is not null)
            {
                return _keys.TryGetValue(key, out var at) ? at : null;
            }

            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Key.Location;
                }
            }

            return null;
        }

        public void AddEntry(YamlEntry entry)
        {
            Entries.Add(entry);
            if (_keys is not null)
            {
                _keys.Add(entry.Key.Value, entry.Key.Location);
            }
            else if (Entries.Count > ScanLimit)
            {
                _keys = Entries.ToDictionary(e => e.Key.Value, e => e.Key.Location, StringComparer.Ordinal);
            }
        }
        public YamlScalar? PendingKey { get; set; }
    }
}
