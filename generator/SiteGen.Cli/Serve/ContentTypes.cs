namespace SiteGen.Cli.Serve;

/// <summary>The Content-Type of each kind of file a site has; text always says UTF-8, which is what SiteGen writes.</summary>
internal static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
    };

    /// <summary>By the file's extension; the feed is Atom, not just any XML.</summary>
    public static string For(string path) =>
        Path.GetFileName(path) == Rendering.Feeds.AtomFeed.Path
            ? "application/atom+xml; charset=utf-8"
            : ByExtension.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
}
