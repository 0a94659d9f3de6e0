namespace SiteGen.Diagnostics;

/// <summary>A 1-based position in a file a person edits; the path is relative to the folder the run was given.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that names a file but no position in it (the file as a whole).</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
