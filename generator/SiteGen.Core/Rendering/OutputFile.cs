namespace SiteGen.Rendering;

/// <summary>One file of the built site: its path inside the site (with "/") and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
