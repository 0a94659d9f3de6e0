using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// A YAML node with the position it came from. SiteGen reads YAML into these small nodes
/// (not straight into objects) so that every later check can point at the exact line.
/// </summary>
public abstract record YamlNode(SourceLocation Location)
{
    /// <summary>What a person would call this kind of node, for "expected … but found …" messages.</summary>
    public abstract string KindName { get; }

    /// <summary>
    /// Where the node's text starts and ends in the file (see <see cref="SourceSpan"/>); <see cref="Location"/> stays
    /// what diagnostics point at. Default for nodes not read from a file.
    /// </summary>
    public SourceSpan Span { get; init; }
}

/// <summary>A scalar: the text exactly as written, and where its content starts in the file.</summary>
/// <param name="ContentStart">
/// Where the first character of the value stands: after the quote of a quoted scalar, and on the
/// line below the indicator of a block scalar (<c>|</c>), so Markdown positions map back to the file.
/// </param>
public sealed record YamlScalar(SourceLocation Location, string Value, bool IsPlain, SourceLocation ContentStart)
    : YamlNode(Location)
{
    /// <summary>An empty plain value, <c>~</c> or <c>null</c>: what staff leave for a blank cell.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "文字";
}

/// <summary>A key: value mapping, keys kept in the order written.</summary>
public sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlNode(Location)
{
    public override string KindName => "键值对";
}

/// <summary>One entry of a mapping.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>A list.</summary>
public sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location)
{
    public override string KindName => "列表";
}
