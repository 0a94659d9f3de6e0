using SiteGen.Content;
using SiteGen.Format;

namespace SiteGen.Cli.NewSite;

/// <summary>
/// Every file of a new site, by its path below the site's folder (with <c>/</c>): the site settings, the schemas for
/// editors, an empty year folder holding the example disclosure, a .gitignore for what a build leaves and a README
/// for staff. No templates: the built-in ones are used until the site copies them out.
/// </summary>
internal static class NewSiteFiles
{
    public static IReadOnlyList<(string Path, string Text)> For(NewSiteSettings settings)
    {
        var year = $"{SiteLayout.ContentFolder}/{settings.Year}";
        var example = $"{year}/{ExampleContent.Folder}";
        return
        [
            ($"{SiteLayout.ContentFolder}/{ContentLoader.SiteFileName}", SiteFile(settings)),
            .. ContentSchemaWriter.All().Select(schema => ($"{SiteLayout.ContentFolder}/{ContentLoader.SchemaFolderName}/{schema.FileName}", schema.Text)),
            ($"{example}/{ContentLoader.DisclosureFileName}", ExampleContent.Disclosure(settings.Year)),
            ($"{example}/{ContentLoader.ProjectsFolderName}/{ExampleContent.ProjectFile}", ExampleContent.Project()),
            (".gitignore", GitIgnore),
            ("README.md", StaffReadme.Text(settings, example)),
        ];
    }

    /// <summary>What a build leaves beside the content that is no source: the site, its staging folders, the lock.</summary>
    public const string GitIgnore = """
        # sitegen build 生成或留下的文件，不纳入版本管理
        /output/
        /.output.staging*/
        /.output.lock
        /.output.cache/

        """;

    private static string SiteFile(NewSiteSettings settings)
    {
        var s = ContentFormat.Site;
        var map = new ContentMap(s)
            .Set(s.Title, settings.Title).Comment(s.Title, "网站标题：显示在每个页面的标题栏和页头")
            .Set(s.Authority, settings.Authority).Comment(s.Authority, "发布机关：负责公开本栏目的单位，显示在页脚")
            .Set(s.BaseUrl, settings.BaseUrl).Comment(s.BaseUrl, "网站根地址：网站发布后的完整网址，须以 http:// 或 https:// 开头、以 / 结尾")
            .Set(s.Language, "zh-CN").Comment(s.Language, "页面语言：简体中文填 zh-CN（可省略，默认即为 zh-CN）");
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("", "site.schema.json"),
            "站点设置：由 sitegen new 创建，可以直接修改");
    }
}
