using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Templates;

namespace SiteGen.Output;

/// <summary>
/// Turns the link check's findings into diagnostics at the file a person edits: the Markdown field that
/// holds a broken link, or else the template that drew the page, with the page and line in the message.
/// </summary>
public static class LinkReport
{
    /// <summary>Reports every problem the check found; returns how many.</summary>
    public static int Report(LinkChecker checker, Site site, TemplateSet templates, DiagnosticBag diagnostics)
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
            var at = source ?? SourceLocation.File(templates.DisplayPathOf(template));
            diagnostics.Report(problem.Code, at, problem.Message + where + TemplateErrors.HintFor(at.Path));
        }

        return problems.Count;
    }

    private static SourceLocation? ProseContaining(Disclosure d, string href) =>
        d.AllProse().FirstOrDefault(p => p.Markdown.Contains(href, StringComparison.Ordinal))?.Start;
}
