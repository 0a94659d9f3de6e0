using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>
/// site.yml conac_badge（党政机关网站标识）: the official badge is a script from another origin, which the CSP
/// forbids, so the site shows a local copy of the image linked to the registration page instead.
/// </summary>
public sealed record BadgeFormat : MapFormat
{
    public ContentField Image { get; } = new("image", "标识图片", LocalImage, required: true, "标识图片：content/ 下的本地图片文件，例如 images/conac.png");
    public ContentField Url { get; } = new("url", "标识链接", WebAddress, required: true, "点击标识打开的注册信息页面（http:// 或 https://）");

    internal BadgeFormat()
        : base("党政机关网站标识") => Define(Image, Url);
}
