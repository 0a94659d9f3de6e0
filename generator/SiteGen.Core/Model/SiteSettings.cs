namespace SiteGen.Model;

/// <summary>Settings of the published site (content/site.yml).</summary>
/// <param name="BaseUrl">Where the site is published, ending with "/"; pages still link relatively so any sub-path works.</param>
/// <param name="Review">site.yml's review block (sitegen review's switches); null when absent: every check on, no report published.</param>
/// <param name="Footer">The government footer's items (site_code, icp, contact…); none given when null.</param>
public sealed record SiteSettings(string Title, string Authority, string BaseUrl, string Language, Prose? Description, SiteFooter? Footer = null, ReviewSettings? Review = null);
