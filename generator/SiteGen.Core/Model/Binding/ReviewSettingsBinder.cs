using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Model.Binding;

/// <summary>Binds site.yml's review block; null when absent, so a site without one keeps its settings as before.</summary>
internal static class ReviewSettingsBinder
{
    private static readonly ReviewFormat F = ContentFormat.Review;

    public static ReviewSettings? Bind(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is null || MapReader.Open(node, F, diagnostics) is not { } map)
        {
            return null;
        }

        var off = new HashSet<string>(StringComparer.Ordinal);
        foreach (var check in F.Checks)
        {
            if (Scalars.Boolean(map.Optional(check), check.Title, diagnostics) == false)
            {
                off.Add(check.Key);
            }
        }

        var publish = Scalars.Boolean(map.Optional(F.Publish), F.Publish.Title, diagnostics) ?? false;
        map.Finish();
        return new ReviewSettings(off, publish);
    }
}
