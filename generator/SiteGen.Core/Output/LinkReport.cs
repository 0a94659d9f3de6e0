using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>
/// Turns the link check's findings into diagnostics at the file a person edits: the Markdown field that
/// holds a broken link, or else the template that drew the page, with the page and line in the message.
/// </summary>
public static class LinkReport
{
    /// <summary>Reports every problem the check found; returns how many.</summary>
    public static int Report(LinkChecker checker, Site site, string templatesDir, DiagnosticBag diagnostics)
    {
        var problems = checker.Problems();
        if (problems.Count == 0)
        {
            return 0;
        }

        // Only a failing build pays for the lookup of sources.
        var plans = PagePlanner.Plan(site).ToDictionary(p => p.Path, StringComparer.Ordinal);
        var disclosures = site.Disclosures.ToDictionary(SiteUrls.Disclosure, StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            var where = $"（生成的页面 {problem.Page} 第 {problem.Line} 行第 {problem.Column} 列）";
            var source = disclosures.TryGetValue(problem.Page, out var d) ? ProseContaining(d, problem.Href) : null;
            var template = plans.TryGetValue(problem.Page, out var plan) ? plan.Template : PageRenderer.LayoutTemplate;
            diagnostics.Report(problem.Code, source ?? SourceLocation.File(Path.Join(templatesDir, template + ".html")), problem.Message + where);
        }

        return problems.Count;
    }

    private static SourceLocation? ProseContaining(Disclosure d, string href) =>
        d.AllProse().FirstOrDefault(p => p.Markdown.Contains(href, StringComparison.Ordinal))?.Start;
}
