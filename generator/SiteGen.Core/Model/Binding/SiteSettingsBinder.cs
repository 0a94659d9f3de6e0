using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Model.Binding;

/// <summary>Binds content/site.yml.</summary>
internal static class SiteSettingsBinder
{
    private static readonly SiteFormat F = ContentFormat.Site;

    /// <param name="contentDir">The content folder, where the footer's local images are found (null: not checked on disk).</param>
    public static SiteSettings? Bind(YamlNode? root, DiagnosticBag diagnostics, string? contentDir = null)
    {
        if (MapReader.Open(root, F, diagnostics) is not { } map)
        {
            return null;
        }

        var title = map.RequiredText(F.Title);
        var authority = map.RequiredText(F.Authority);
        var baseUrl = BaseUrl(map);
        var language = map.OptionalText(F.Language) ?? "zh-CN";
        var description = map.OptionalProse(F.Description);
        var footer = FooterBinder.Bind(map, contentDir);
        var review = ReviewSettingsBinder.Bind(map.Optional(F.Review), map.Diagnostics);
        map.Finish();

        return title is null || authority is null || baseUrl is null
            ? null
            : new SiteSettings(title, authority, baseUrl, language, description, footer, review);
    }

    private static string? BaseUrl(MapReader map)
    {
        var node = map.Required(F.BaseUrl);
        var text = Scalars.Text(node, F.BaseUrl.Title, map.Diagnostics);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return text.EndsWith('/') ? text : text + "/";
        }

        map.Diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location,
            $"{F.BaseUrl.Title} “{text}” 应为完整的 http(s) 地址，例如 https://www.example.gov.cn/xxgk/jxmb/");
        return null;
    }
}
