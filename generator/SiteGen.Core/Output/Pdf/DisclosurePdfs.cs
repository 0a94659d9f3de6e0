using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;

namespace SiteGen.Output.Pdf;

/// <summary>The PDF of every disclosure, printed from its rendered page and published beside it.</summary>
public static class DisclosurePdfs
{
    /// <summary>One job per disclosure: its page, its PDF (<see cref="DataUrls.DisclosurePdf"/>) and the disclosure's title.</summary>
    public static IReadOnlyList<PdfJob> Jobs(Site site) =>
        [.. site.Disclosures.Select(d => new PdfJob(SiteUrls.Disclosure(d), DataUrls.DisclosurePdf(d), DisclosureView.TitleOf(d), new Uri(SiteUrls.Absolute(site.Settings, SiteUrls.Disclosure(d)))))];
}
