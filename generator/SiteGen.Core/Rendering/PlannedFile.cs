namespace SiteGen.Rendering;

/// <summary>A file of the site that is not a page: its path, known at once, and its bytes, made only when asked for.</summary>
/// <remarks>Lets a build list every file of the site first, then make only those an edit changed, or make them later (<c>sitegen serve</c>).</remarks>
public sealed record PlannedFile(string Path, Func<byte[]> Content)
{
    public OutputFile Make() => new(Path, Content());
}
