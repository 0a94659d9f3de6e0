using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>content/site.yml（站点设置）.</summary>
public sealed record SiteFormat : MapFormat
{
    public ContentField Title { get; } = new("title", "站点标题", Text, required: true, "网站标题，显示在每个页面");
    public ContentField Authority { get; } = new("authority", "发布机关", Text, required: true, "发布机关，显示在页头和页脚");
    public ContentField BaseUrl { get; } = new("base_url", "站点发布地址", new TextType(Pattern: "^https?://", Example: "https://www.example.gov.cn/xxgk/jxmb/"), required: true, "网站发布后的完整地址，以 http:// 或 https:// 开头");
    public ContentField Language { get; } = new("language", "页面语言", Text, description: "页面语言，默认 zh-CN");
    public ContentField Description { get; } = new("description", "站点简介", Prose, description: "首页简介（Markdown）");

    internal SiteFormat()
        : base("site.yml") => Define(Title, Authority, BaseUrl, Language, Description);
}
