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

    /// <summary>
    /// Renders with a context that a caller may reuse for the next page (one per thread): making a Scriban
    /// context copies every builtin function, about 15% of rendering time when each page made its own.
    /// The page's variables are pushed for this page and popped after it; a context that saw an error is
    /// not reused (the caller gets null in <paramref name="context"/>).
    /// </summary>
    public static string? Render(PagePlan plan, SiteView site, TemplateSet templates, ref HtmlTemplateContext? context, DiagnosticBag diagnostics)
    {
        context ??= new HtmlTemplateContext(templates);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = plan.Page,
        };
        foreach (var (name, value) in plan.Variables())
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
            var html = layout.Render(context);
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            TemplateErrors.Report(ex, pageTemplate.SourceFilePath ?? plan.Template, plan.Path, diagnostics);
            context = null;
            return null;
        }
    }
}
