using SiteGen.Content;

namespace SiteGen.Import.Writing;

/// <summary>The site settings a new content folder needs. They are not in any disclosure, so they come from the command line.</summary>
public sealed record SiteSettingsInput(string? Title, string? Authority, string? BaseUrl)
{
    public bool IsComplete => Title is not null && Authority is not null && BaseUrl is not null;

    internal string Write() => new YamlText()
        .SchemaComment("", "site.schema.json")
        .Comment("站点设置：由 sitegen import 按 --title、--authority、--base-url 创建，可以直接修改")
        .Comment("网站标题：显示在每个页面的标题栏和页头")
        .Field(0, "title", Title)
        .Comment("发布机关：负责公开本栏目的单位，显示在页脚")
        .Field(0, "authority", Authority)
        .Comment("网站根地址：网站发布后的完整网址，须以 http:// 或 https:// 开头、以 / 结尾")
        .Field(0, "base_url", BaseUrl)
        .Comment("页面语言：简体中文填 zh-CN（可省略，默认即为 zh-CN）")
        .Field(0, "language", "zh-CN")
        .ToString();
}
