using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>Binds content/site.yml.</summary>
internal static class SiteSettingsBinder
{
    public static SiteSettings? Bind(YamlNode? root, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(root, "site.yml", diagnostics) is not { } map)
        {
            return null;
        }

        var title = map.RequiredText("title", "站点标题");
        var authority = map.RequiredText("authority", "发布机关");
        var baseUrl = BaseUrl(map);
        var language = map.OptionalText("language", "页面语言") ?? "zh-CN";
        var description = Scalars.Prose(map.Optional("description"), "站点简介", diagnostics);
        map.Finish();

        return title is null || authority is null || baseUrl is null
            ? null
            : new SiteSettings(title, authority, baseUrl, language, description);
    }

    private static string? BaseUrl(MapReader map)
    {
        var node = map.Required("base_url", "站点发布地址");
        var text = Scalars.Text(node, "站点发布地址", map.Diagnostics);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return text.EndsWith('/') ? text : text + "/";
        }

        map.Diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location,
            $"站点发布地址 “{text}” 应为完整的 http(s) 地址，例如 https://www.example.gov.cn/xxgk/jxmb/");
        return null;
    }
}
