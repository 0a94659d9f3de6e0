namespace SiteGen.Rendering.Views;

/// <summary>What every page template gets as <c>page</c>.</summary>
/// <param name="Root">The relative path from this page to the site root ("", "../", "../../"), so the site works under any sub-path.</param>
/// <param name="Path">The page's path in the site, such as <c>2020/224002/index.html</c>.</param>
/// <param name="Kind">home, year or disclosure: templates and CSS may style by it.</param>
public sealed record PageView(string Title, string Description, string Root, string Path, string Kind, IReadOnlyList<Crumb> Breadcrumbs)
{
    /// <summary>The page's absolute address under the configured base URL, for canonical links and feeds (never for links).</summary>
    public string CanonicalUrl { get; init; } = "";
}

/// <summary>One step of the breadcrumb trail; the last one (the current page) has no URL.</summary>
/// <remarks>Every URL in a view is relative to the page that shows it, like this one.</remarks>
public sealed record Crumb(string Title, string? Url);
