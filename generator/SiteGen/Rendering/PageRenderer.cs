using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Templates;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>Renders one page: its page template first, then the layout around it (as <c>content</c>).</summary>
internal static class PageRenderer
{
    public const string LayoutTemplate = "layout";

    public static string? Render(PagePlan plan, SiteView site, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var context = new HtmlTemplateContext(templates);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = plan.Page,
        };
        foreach (var (name, value) in plan.Variables)
        {
            globals[name] = value;
        }

        context.PushGlobal(globals);
        if (!templates.TryGet(plan.Template, out var pageTemplate) || !templates.TryGet(LayoutTemplate, out var layout))
        {
            throw new InvalidOperationException("TemplateSet.Load guarantees the required templates.");
        }

        try
        {
            globals["content"] = new Html(pageTemplate.Render(context));
            return layout.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            TemplateErrors.Report(ex, pageTemplate.SourceFilePath ?? plan.Template, plan.Path, diagnostics);
            return null;
        }
    }
}
