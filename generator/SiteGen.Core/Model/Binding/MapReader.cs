using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Model.Binding;

/// <summary>
/// Reads the fields of one YAML mapping for a binder, by the fields of its <see cref="MapFormat"/>. <see cref="Finish"/>
/// reports every key the format does not have (a misspelt key is an error, never lost, with the nearest known key
/// suggested), and throws if the binder forgot a field of its format: a described field that nothing reads would be
/// accepted and silently dropped.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMapping _map;
    private readonly MapFormat _format;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<ContentField> _read;

    private MapReader(YamlMapping map, MapFormat format, DiagnosticBag diagnostics)
    {
        _map = map;
        _format = format;
        _diagnostics = diagnostics;
        _read = new(format.Fields.Count, ReferenceEqualityComparer.Instance); // sized once: this runs for every mapping of every file
    }

    public SourceLocation Location => _map.Location;

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>A reader over <paramref name="node"/>, or null (reported) when it is not a mapping.</summary>
    public static MapReader? Open(YamlNode? node, MapFormat format, DiagnosticBag diagnostics)
    {
        if (node is YamlMapping map)
        {
            return new MapReader(map, format, diagnostics);
        }

        if (node is not null)
        {
            diagnostics.Report(DiagnosticCodes.WrongType, node.Location, $"{format.What}应为键值对（字段: 值），实际是{node.KindName}");
        }

        return null;
    }

    /// <summary>The node of <paramref name="field"/>, or null when absent or left empty.</summary>
    public YamlNode? Optional(ContentField field)
    {
        Read(field);
        var node = Entry(field)?.Value;
        return node is YamlScalar { IsNull: true } ? null : node;
    }

    /// <summary>The node of <paramref name="field"/>; reports a missing or empty field.</summary>
    public YamlNode? Required(ContentField field)
    {
        var node = Optional(field);
        if (node is YamlScalar { Value: var value } && string.IsNullOrWhiteSpace(value))
        {
            node = null; // "" or "  " is as empty as nothing, and must not pass as a value
        }

        if (node is null)
        {
            if (Entry(field) is { } entry)
            {
                _diagnostics.Report(DiagnosticCodes.EmptyValue, entry.Key.Location, $"必填字段 “{field.Key}”（{field.Title}）不能为空");
            }
            else
            {
                _diagnostics.Report(DiagnosticCodes.MissingField, _map.Location, $"缺少必填字段 “{field.Key}”（{field.Title}）");
            }
        }

        return node;
    }

    public string? OptionalText(ContentField field) => Scalars.Text(Optional(field), field.Title, _diagnostics);

    public string? RequiredText(ContentField field) => Scalars.Text(Required(field), field.Title, _diagnostics);

    public Prose? OptionalProse(ContentField field) => Scalars.Prose(Optional(field), field.Title, _diagnostics);

    public Prose? RequiredProse(ContentField field) => Scalars.Prose(Required(field), field.Title, _diagnostics);

    public Amount? OptionalAmount(ContentField field) => Scalars.Amount(Optional(field), field.Title, _diagnostics);

    public Amount? RequiredAmount(ContentField field) => Scalars.Amount(Required(field), field.Title, _diagnostics);

    /// <summary>The items of a list field (empty when absent).</summary>
    public IReadOnlyList<YamlNode> List(ContentField field) => Scalars.List(Optional(field), field.Title, _diagnostics);

    /// <summary>
    /// The items of a list of prose (Markdown) texts. A blank item (<c>-</c> alone) is an error: it would publish an
    /// empty numbered paragraph, and a required list of blank items would pass as filled in.
    /// </summary>
    public IReadOnlyList<Prose> ProseList(YamlNode? node, ContentField field)
    {
        var items = Scalars.List(node, field.Title, _diagnostics);
        var prose = new List<Prose>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalar { Value: var value } && string.IsNullOrWhiteSpace(value))
            {
                _diagnostics.Report(DiagnosticCodes.EmptyValue, items[i].Location, $"“{field.Key}”（{field.Title}）的第 {i + 1} 项是空的：请填写内容，或删除这一项");
            }
            else if (Scalars.Prose(items[i], field.Title, _diagnostics) is { } item)
            {
                prose.Add(item);
            }
        }

        return prose;
    }

    /// <summary>Reports every key the format does not know, suggesting the nearest known key.</summary>
    public void Finish()
    {
        if (_read.Count != _format.Fields.Count)
        {
            var missed = _format.Fields.Where(f => !_read.Contains(f)).Select(f => f.Key);
            throw new InvalidOperationException($"The binder of {_format.What} never read {string.Join(", ", missed)}: a described field must be bound.");
        }

        foreach (var entry in _map.Entries.Where(e => _format.Find(e.Key.Value) is null))
        {
            var keys = _format.Fields.Select(f => f.Key).ToList();
            var suggestion = KeySuggester.Nearest(entry.Key.Value, keys);
            var hint = suggestion is null
                ? $"这里可用的字段有：{string.Join("、", keys.Order(StringComparer.Ordinal))}"
                : $"是否应为 “{suggestion}”？";
            _diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location, $"未知字段 “{entry.Key.Value}”：{hint}");
        }
    }

    private void Read(ContentField field)
    {
        if (!IsFieldOfFormat(field))
        {
            throw new InvalidOperationException($"{field} is not a field of {_format.What}.");
        }

        _read.Add(field);
    }

    /// <summary>By reference, without LINQ: a field is one object of its format.</summary>
    private bool IsFieldOfFormat(ContentField field)
    {
        foreach (var known in _format.Fields)
        {
            if (ReferenceEquals(known, field))
            {
                return true;
            }
        }

        return false;
    }

    private YamlEntry? Entry(ContentField field)
    {
        foreach (var entry in _map.Entries)
        {
            if (string.Equals(entry.Key.Value, field.Key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
