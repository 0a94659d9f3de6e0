using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A Markdown text from a prose field, with where its first character stands in the YAML file.</summary>
public sealed record Prose(string Markdown, SourceLocation Start)
{
    public override string ToString() => Markdown;
}
