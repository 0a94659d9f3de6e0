namespace SiteGen.Rendering;

/// <summary>A file of the site that is not a page: its path, known at once, and its bytes, made only when asked for.</summary>
/// <remarks>Lets <c>sitegen serve</c> list every file of the site and make only those an edit changed.</remarks>
public sealed record PlannedFile(string Path, Func<byte[]> Content)
{
    public OutputFile Make() => new(Path, Content());
}
