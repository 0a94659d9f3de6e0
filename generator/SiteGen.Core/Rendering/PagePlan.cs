using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>One page to render: where it goes, which template draws it, and the variables it gets.</summary>
/// <param name="Variables">
/// Made when the page is rendered, not when it is planned: a disclosure's view holds its rendered Markdown,
/// and keeping the views of every page alive at once would grow memory with the whole site.
/// </param>
public sealed record PagePlan(string Path, string Template, PageView Page, Func<IReadOnlyDictionary<string, object>> Variables);
