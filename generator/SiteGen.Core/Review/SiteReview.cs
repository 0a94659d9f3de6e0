using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Review;

/// <summary>
/// The review of a site: every switched-on check over every disclosure, one pass, plus what <c>sitegen check</c>
/// already found (SG3103 missing group, SG3105 percentage above 100 …), listed as they are, never reported twice.
/// </summary>
public static class SiteReview
{
    /// <param name="checkDiagnostics">What binding and the domain rules reported (sorted); each is listed once, under its disclosure and project.</param>
    public static IReadOnlyList<ReviewFinding> Run(Site site, IReadOnlyList<Diagnostic> checkDiagnostics)
    {
        var settings = site.Settings.Review ?? ReviewSettings.Default;
        var checks = ReviewChecks.All.Where(c => settings.IsOn(c.Switch)).ToList();
        var context = new ReviewContext(site);
        var findings = new List<ReviewFinding>();
        foreach (var d in site.Disclosures)
        {
            var sink = new ReviewSink(d);
            foreach (var check in checks)
            {
                check.Check(context, sink);
            }

            findings.AddRange(sink.Findings);
        }

        findings.AddRange(Placed(site, checkDiagnostics));
        return
        [
            .. findings
                .OrderBy(f => f.Diagnostic.Location.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Diagnostic.Location.Line)
                .ThenBy(f => f.Diagnostic.Location.Column)
                .ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal)
                .ThenBy(f => f.Diagnostic.Message, StringComparer.Ordinal),
        ];
    }

    /// <summary>The check's diagnostics, each with the disclosure, project and indicator row whose file and line it names.</summary>
    private static IEnumerable<ReviewFinding> Placed(Site site, IReadOnlyList<Diagnostic> diagnostics)
    {
        var byFile = new Dictionary<string, (Disclosure Disclosure, Project? Project)>(StringComparer.Ordinal);
        foreach (var d in site.Disclosures)
        {
            byFile.TryAdd(d.Location.Path, (d, null));
            foreach (var p in d.Projects)
            {
                byFile.TryAdd(p.Location.Path, (d, p));
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            if (!byFile.TryGetValue(diagnostic.Location.Path, out var owner))
            {
                yield return new ReviewFinding(diagnostic, null, null);
                continue;
            }

            var row = owner.Project?.Indicators.ToList().FindIndex(i => i.At.Target.Line == diagnostic.Location.Line || i.At.Row.Line == diagnostic.Location.Line);
            yield return new ReviewFinding(diagnostic, owner.Disclosure, owner.Project, row is >= 0 ? row : null);
        }
    }
}
