using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Model.Binding;

/// <summary>Binds a Part 1 section: <c>intro</c> and numbered <c>items</c>.</summary>
internal static class NumberedSectionBinder
{
    public static NumberedSection? Bind(YamlNode? node, SectionFormat format, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(node, format, diagnostics) is not { } map)
        {
            return null;
        }

        var intro = map.OptionalProse(format.Intro);
        var items = map.ProseList(map.Optional(format.Items), format.Items);
        map.Finish();
        return new NumberedSection(intro, items);
    }
}
