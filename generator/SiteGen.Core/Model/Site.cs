namespace SiteGen.Model;

/// <summary>The whole site's content: its settings and every disclosure, ordered by year then department code.</summary>
public sealed record Site(SiteSettings Settings, IReadOnlyList<Disclosure> Disclosures);
