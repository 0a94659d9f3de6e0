using SiteGen.Model;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Rendering.Views;

/// <summary>What every page template gets as <c>site</c>.</summary>
public sealed record SiteView(string Title, string Authority, string BaseUrl, string Language, Html? Description)
{
    public static SiteView From(SiteSettings settings) => new(
        settings.Title,
        settings.Authority,
        settings.BaseUrl,
        settings.Language,
        settings.Description is { } d ? MarkdownRenderer.Render(d) : null);
}
