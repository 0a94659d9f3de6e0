namespace SiteGen.Rendering;

/// <summary>One file of the built site: its path inside the site (with "/") and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>The page as text when its maker had it (a rendered page), so the link check need not decode the bytes again.</summary>
    public string? Text { get; init; }
}
