using SiteGen.Diagnostics;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Model.Rules;

/// <summary>Checks the Markdown of every prose field, so `sitegen check` finds unsafe links before a build does.</summary>
internal static class ProseRules
{
    public static void Check(Disclosure disclosure, DiagnosticBag diagnostics)
    {
        foreach (var prose in AllProse(disclosure))
        {
            MarkdownRenderer.Check(prose, diagnostics);
        }
    }

    public static void Check(SiteSettings settings, DiagnosticBag diagnostics)
    {
        if (settings.Description is { } description)
        {
            MarkdownRenderer.Check(description, diagnostics);
        }
    }

    private static IEnumerable<Prose> AllProse(Disclosure disclosure)
    {
        IEnumerable<Prose?> part1 =
        [
            disclosure.OverallGoals.Intro,
            .. disclosure.OverallGoals.Items,
            .. disclosure.SubGoals.Select(g => g.Text),
            disclosure.Measures?.Intro,
            .. disclosure.Measures?.Items ?? [],
        ];
        var part2 = disclosure.Projects.SelectMany(p => (IEnumerable<Prose?>)
        [
            p.Purpose,
            .. p.Goals,
            p.Details.ApprovalBasis,
            .. p.Details.LongTermGoals,
        ]);
        return part1.Concat(part2).OfType<Prose>();
    }
}
