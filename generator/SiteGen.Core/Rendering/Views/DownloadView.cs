namespace SiteGen.Rendering.Views;

/// <summary>A link to a downloadable file and to the schema that describes it (none for a PDF), both relative to the page.</summary>
public sealed record DownloadView(string Title, string Url, string Format, string? SchemaUrl)
{
    public static DownloadView Of(string fromPage, string title, string file, string format, string? schema) =>
        new(title, SiteUrls.Link(fromPage, file), format, schema is null ? null : SiteUrls.Link(fromPage, schema));
}
