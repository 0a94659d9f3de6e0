namespace SiteGen.Model;

/// <summary>
/// What 《政府网站发展指引》 asks every government page's footer to carry, from site.yml; each item is optional
/// and shown only when given.
/// </summary>
public sealed record SiteFooter(
    string? SiteCode,
    string? Icp,
    string? PoliceRecord,
    Contact? Contact,
    string? ErrorReportUrl,
    string? Sponsor,
    string? Organizer,
    LocalImage? Logo,
    ConacBadge? ConacBadge,
    LocalImage? Favicon)
{
    /// <summary>The images the site must carry, each once.</summary>
    public IEnumerable<LocalImage> Images() =>
        new[] { Logo, ConacBadge?.Image, Favicon }.OfType<LocalImage>().DistinctBy(i => i.SitePath, StringComparer.Ordinal);
}

/// <summary>联系方式: phone, e-mail, address, each optional.</summary>
public sealed record Contact(string? Phone, string? Email, string? Address);

/// <summary>An image file under content/ (<paramref name="SourcePath"/> on disk) copied into the site at <paramref name="SitePath"/>.</summary>
public sealed record LocalImage(string SourcePath, string SitePath);

/// <summary>党政机关网站标识: a local copy of the badge linked to the registration page.</summary>
public sealed record ConacBadge(LocalImage Image, string Url);
