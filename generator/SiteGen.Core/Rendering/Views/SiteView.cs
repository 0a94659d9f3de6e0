using SiteGen.Model;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Rendering.Views;

/// <summary>What every page template gets as <c>site</c>.</summary>
public sealed record SiteView(string Title, string Authority, string BaseUrl, string Language, Html? Description)
{
    /// <summary>The government footer's items; null when site.yml gives none (the footer is then as before).</summary>
    public FooterView? Footer { get; init; }

    public static SiteView From(SiteSettings settings) => new(
        settings.Title,
        settings.Authority,
        settings.BaseUrl,
        settings.Language,
        settings.Description is { } d ? MarkdownRenderer.Render(d) : null)
    {
        Footer = FooterView.From(settings.Footer),
    };
}
