using SiteGen.Format;

namespace SiteGen.Import.Writing;

/// <summary>The site settings a new content folder needs. They are not in any disclosure, so they come from the command line.</summary>
public sealed record SiteSettingsInput(string? Title, string? Authority, string? BaseUrl)
{
    public bool IsComplete => Title is not null && Authority is not null && BaseUrl is not null;

    internal string Write()
    {
        var s = ContentFormat.Site;
        var map = new ContentMap(s)
            .Set(s.Title, Title).Comment(s.Title, "网站标题：显示在每个页面的标题栏和页头")
            .Set(s.Authority, Authority).Comment(s.Authority, "发布机关：负责公开本栏目的单位，显示在页脚")
            .Set(s.BaseUrl, BaseUrl).Comment(s.BaseUrl, "网站根地址：网站发布后的完整网址，须以 http:// 或 https:// 开头、以 / 结尾")
            .Set(s.Language, "zh-CN").Comment(s.Language, "页面语言：简体中文填 zh-CN（可省略，默认即为 zh-CN）");
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("", "site.schema.json"),
            "站点设置：由 sitegen import 按 --title、--authority、--base-url 创建，可以直接修改");
    }
}
