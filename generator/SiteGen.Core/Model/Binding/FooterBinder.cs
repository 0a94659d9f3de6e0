using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Model.Binding;

/// <summary>Binds site.yml's footer items; null when none is given, so a site without them renders as before.</summary>
internal static class FooterBinder
{
    private static readonly SiteFormat F = ContentFormat.Site;

    /// <param name="contentDir">The content folder, where local images are found; null when unknown (nothing is then checked on disk).</param>
    public static SiteFooter? Bind(MapReader map, string? contentDir)
    {
        var d = map.Diagnostics;
        var footer = new SiteFooter(
            map.OptionalText(F.SiteCode),
            map.OptionalText(F.Icp),
            map.OptionalText(F.PoliceRecord),
            Contact(map.Optional(F.Contact), d),
            WebAddress(map.Optional(F.ErrorReportUrl), F.ErrorReportUrl, d),
            map.OptionalText(F.Sponsor),
            map.OptionalText(F.Organizer),
            Image(map.Optional(F.Logo), F.Logo, contentDir, d),
            Badge(map.Optional(F.ConacBadge), contentDir, d),
            Image(map.Optional(F.Favicon), F.Favicon, contentDir, d));
        return footer == Empty ? null : footer;
    }

    private static readonly SiteFooter Empty = new(null, null, null, null, null, null, null, null, null, null);

    private static Contact? Contact(YamlNode? node, DiagnosticBag diagnostics)
    {
        var format = ContentFormat.Contact;
        if (node is null || MapReader.Open(node, format, diagnostics) is not { } map)
        {
            return null;
        }

        var contact = new Contact(map.OptionalText(format.Phone), map.OptionalText(format.Email), map.OptionalText(format.Address));
        map.Finish();
        return contact is { Phone: null, Email: null, Address: null } ? null : contact;
    }

    private static ConacBadge? Badge(YamlNode? node, string? contentDir, DiagnosticBag diagnostics)
    {
        var format = ContentFormat.ConacBadge;
        if (node is null || MapReader.Open(node, format, diagnostics) is not { } map)
        {
            return null;
        }

        var image = Image(map.Required(format.Image), format.Image, contentDir, diagnostics);
        var url = WebAddress(map.Required(format.Url), format.Url, diagnostics);
        map.Finish();
        return image is null || url is null ? null : new ConacBadge(image, url);
    }

    /// <summary>An absolute http(s) address, as a link in the footer may only be.</summary>
    public static string? WebAddress(YamlNode? node, ContentField field, DiagnosticBag diagnostics)
    {
        var text = Scalars.Text(node, field.Title, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return text;
        }

        diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location, $"{field.Title} “{text}” 应为完整的 http(s) 地址，例如 https://www.example.gov.cn/");
        return null;
    }

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp"];

    /// <summary>
    /// A local image below content/, published at assets/content/ + its path there. A remote address is refused
    /// (the CSP allows images from this site only, and an archived copy must not depend on another server).
    /// </summary>
    private static LocalImage? Image(YamlNode? node, ContentField field, string? contentDir, DiagnosticBag diagnostics)
    {
        var text = Scalars.Text(node, field.Title, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticCodes.RemoteImage, node!.Location, $"{field.Title} “{text}” 是网址：请把图片保存到 content/ 目录下（例如 content/images/logo.png），这里写 images/logo.png");
            return null;
        }

        var relative = text.Replace('\\', '/');
        var segments = relative.Split('/');
        var safe = !relative.StartsWith('/') && !relative.Contains(':') && segments.All(s => s is not ("" or "." or ".."))
            && ImageExtensions.Contains(Path.GetExtension(relative).ToLowerInvariant());
        var source = contentDir is null ? relative : Path.Join(contentDir, relative);
        if (!safe || (contentDir is not null && !File.Exists(source)))
        {
            diagnostics.Report(DiagnosticCodes.ImageMissing, node!.Location,
                $"{field.Title} “{text}” 找不到：应为 content/ 目录下的 png、jpg、gif、svg、ico 或 webp 图片，写它相对 content/ 的路径，例如 images/logo.png");
            return null;
        }

        return new LocalImage(source, "assets/content/" + relative);
    }
}
