using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Review;

namespace SiteGen;

/// <summary>What <c>sitegen review</c> found: the site as bound (null when site.yml is unusable) and every finding.</summary>
public sealed record ReviewResult(Site? Site, IReadOnlyList<ReviewFinding> Findings, bool ContentHasErrors)
{
    public int Count(Severity severity) => Findings.Count(f => f.Diagnostic.Severity == severity);
}

/// <summary>
/// <c>sitegen review</c>: reads and checks the content exactly as <c>sitegen check</c> does, then runs the reviewer's
/// quality checks over what bound. Writes nothing; findings are warnings and infos, never errors of their own.
/// </summary>
public static class SiteReviewer
{
    public static ReviewResult Review(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(options.ContentDir, diagnostics);
        var site = SiteModelBuilder.Build(content, diagnostics, includeDrafts: options.IncludeDrafts);
        return Review(site, diagnostics);
    }

    /// <summary>The review of a site already bound (the preview's), with what binding it reported.</summary>
    public static ReviewResult Review(Site? site, DiagnosticBag diagnostics)
    {
        var checkFindings = diagnostics.Sorted();
        var findings = site is null
            ? [.. checkFindings.Select(d => new ReviewFinding(d, null, null))]
            : SiteReview.Run(site, checkFindings);
        return new ReviewResult(site, findings, diagnostics.HasErrors);
    }
}
