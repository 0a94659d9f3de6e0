using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>
/// Reads the fields of one YAML mapping for a binder. Every key a binder asks for is remembered,
/// so <see cref="Finish"/> can report each key nobody asked for: a misspelt key is an error, never lost.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMapping _map;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private MapReader(YamlMapping map, DiagnosticBag diagnostics)
    {
        _map = map;
        _diagnostics = diagnostics;
    }

    public SourceLocation Location => _map.Location;

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>A reader over <paramref name="node"/>, or null (reported) when it is not a mapping.</summary>
    public static MapReader? Open(YamlNode? node, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlMapping map)
        {
            return new MapReader(map, diagnostics);
        }

        if (node is not null)
        {
            diagnostics.Report(DiagnosticCodes.WrongType, node.Location, $"{what}应为键值对（字段: 值），实际是{node.KindName}");
        }

        return null;
    }

    /// <summary>The node under <paramref name="key"/>, or null when absent or left empty.</summary>
    public YamlNode? Optional(string key)
    {
        _known.Add(key);
        var node = _map.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
        return node is YamlScalar { IsNull: true } ? null : node;
    }

    /// <summary>The node under <paramref name="key"/>; reports a missing or empty field.</summary>
    public YamlNode? Required(string key, string label)
    {
        var node = Optional(key);
        if (node is YamlScalar { Value: var value } && string.IsNullOrWhiteSpace(value))
        {
            node = null; // "" or "  " is as empty as nothing, and must not pass as a value
        }

        if (node is null)
        {
            var entry = _map.Entries.FirstOrDefault(e => e.Key.Value == key);
            if (entry is null)
            {
                _diagnostics.Report(DiagnosticCodes.MissingField, _map.Location, $"缺少必填字段 “{key}”（{label}）");
            }
            else
            {
                _diagnostics.Report(DiagnosticCodes.EmptyValue, entry.Key.Location, $"必填字段 “{key}”（{label}）不能为空");
            }
        }

        return node;
    }

    public string? OptionalText(string key, string label) => Scalars.Text(Optional(key), label, _diagnostics);

    public string? RequiredText(string key, string label) => Scalars.Text(Required(key, label), label, _diagnostics);

    /// <summary>Reports every key that no binder asked for, suggesting the nearest known key.</summary>
    public void Finish()
    {
        foreach (var entry in _map.Entries.Where(e => !_known.Contains(e.Key.Value)))
        {
            var suggestion = KeySuggester.Nearest(entry.Key.Value, _known);
            var hint = suggestion is null
                ? $"这里可用的字段有：{string.Join("、", _known.Order(StringComparer.Ordinal))}"
                : $"是否应为 “{suggestion}”？";
            _diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location, $"未知字段 “{entry.Key.Value}”：{hint}");
        }
    }
}
