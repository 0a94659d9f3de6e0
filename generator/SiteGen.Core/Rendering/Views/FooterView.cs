using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The government footer as templates get it (<c>site.footer</c>): each item null when not given; image paths are
/// relative to the site root (templates put <c>page.root</c> before them).
/// </summary>
public sealed partial record FooterView(
    string? SiteCode,
    string? Icp,
    string? PoliceRecord,
    string? PoliceRecordUrl,
    Contact? Contact,
    string? ErrorReportUrl,
    string? Sponsor,
    string? Organizer,
    string? Logo,
    string? ConacImage,
    string? ConacUrl,
    string? Favicon)
{
    /// <summary>The MIIT record system, where an ICP备案编号 is looked up.</summary>
    public const string IcpUrl = "https://beian.miit.gov.cn/";

    public string IcpLink => IcpUrl;

    public static FooterView? From(SiteFooter? f) => f is null ? null : new(
        f.SiteCode,
        f.Icp,
        f.PoliceRecord,
        PoliceRecordUrlOf(f.PoliceRecord),
        f.Contact,
        f.ErrorReportUrl,
        f.Sponsor,
        f.Organizer,
        f.Logo?.SitePath,
        f.ConacBadge?.Image.SitePath,
        f.ConacBadge?.Url,
        (f.Favicon ?? f.Logo)?.SitePath);

    /// <summary>The record's page on the public-security record platform, found by the digits of 冀公网安备 13053502000123号.</summary>
    private static string? PoliceRecordUrlOf(string? record) =>
        record is not null && Digits().Match(record) is { Success: true } m
            ? $"https://beian.mps.gov.cn/#/query/webSearch?code={m.Value}"
            : null;

    [GeneratedRegex("[0-9]{6,}")]
    private static partial Regex Digits();
}

/// <summary>A disclosure's public-information metadata as shown above it; dates as YYYY-MM-DD.</summary>
public sealed record PublicInfoView(string? IndexNumber, string? Category, string Publisher, string? DocumentNumber, string? WrittenOn, string? ApprovedOn, string? PublishedOn)
{
    public static PublicInfoView? From(PublicInfo? i) => i is null ? null : new(
        i.IndexNumber, i.Category, i.Publisher, i.DocumentNumber, Date(i.WrittenOn), Date(i.ApprovedOn), Date(i.PublishedOn));

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
