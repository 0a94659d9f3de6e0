namespace SiteGen.Cli.NewSite;

/// <summary>What <c>sitegen new</c> is told: the site's settings and the budget year of its example.</summary>
internal sealed record NewSiteSettings(string Title, string Authority, string BaseUrl, int Year);
