using SiteGen.Diagnostics;
using SiteGen.Markdown;

namespace SiteGen.Model.Rules;

/// <summary>Checks the Markdown of every prose field, so `sitegen check` finds unsafe links before a build does.</summary>
internal static class ProseRules
{
    public static void Check(Disclosure disclosure, DiagnosticBag diagnostics)
    {
        foreach (var prose in disclosure.AllProse())
        {
            MarkdownCheck.Check(prose.Markdown, prose.Start, diagnostics);
        }
    }

    public static void Check(SiteSettings settings, DiagnosticBag diagnostics)
    {
        if (settings.Description is { } description)
        {
            MarkdownCheck.Check(description.Markdown, description.Start, diagnostics);
        }
    }
}
