using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>One page to render: where it goes, which template draws it, and the variables it gets.</summary>
public sealed record PagePlan(string Path, string Template, PageView Page, IReadOnlyDictionary<string, object> Variables);
