using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>Binds a Part 1 section: <c>intro</c> and numbered <c>items</c>.</summary>
internal static class NumberedSectionBinder
{
    public static NumberedSection? Bind(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(node, label, diagnostics) is not { } map)
        {
            return null;
        }

        var intro = Scalars.Prose(map.Optional("intro"), $"{label}的引言", diagnostics);
        var items = ProseList(map.Optional("items"), $"{label}的条目", diagnostics);
        map.Finish();
        return new NumberedSection(intro, items);
    }

    public static IReadOnlyList<Prose> ProseList(YamlNode? node, string label, DiagnosticBag diagnostics) =>
        [.. Scalars.List(node, label, diagnostics).Select(item => Scalars.Prose(item, label, diagnostics)).OfType<Prose>()];
}
