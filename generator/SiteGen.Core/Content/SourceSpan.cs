using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Where a node's text stands in its file: from its first character up to (not including) the character after its
/// last, as character offsets into the text the reader was given (the file's text without its BOM) and as the
/// 1-based line and column of that end. Editors rewrite exactly these characters to change one value.
/// </summary>
/// <remarks>
/// A block scalar (<c>|</c>) starts at its indicator and ends after its last line break, blank lines it keeps
/// included; a quoted scalar includes its quotes; a block mapping or list ends where its last value ends.
/// </remarks>
public readonly record struct SourceSpan(int Start, int End, SourceLocation EndLocation)
{
    public int Length => End - Start;
}
