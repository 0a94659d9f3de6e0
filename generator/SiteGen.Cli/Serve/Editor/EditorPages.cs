using System.Net;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Editor;
using SiteGen.Model;

namespace SiteGen.Cli.Serve.Editor;

/// <summary>
/// The editor's two pages: the list of content files (with the year's actions) and the page of one file, whose form the
/// script draws. Both carry the session's token in a meta tag, which only a page of this server can read.
/// </summary>
internal static class EditorPages
{
    public static string Home(ContentFolder folder, string token, string basePath, string? page)
    {
        var body = new StringBuilder();
        body.Append("<h1>编辑内容</h1><p>选择要编辑的文件。保存后，预览页面会自动刷新。</p>");
        body.Append("<h2>站点设置</h2><ul><li><a href=\"file?path=site.yml\">site.yml（站点设置）</a></li></ul>");
        var disclosures = Directory.Exists(folder.Root)
            ? Directory.GetFiles(folder.Root, ContentLoader.DisclosureFileName, SearchOption.AllDirectories)
                .Select(folder.Relative)
                .Where(r => folder.Resolve(r) is not null)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        foreach (var disclosure in disclosures)
        {
            var info = Describe(folder, disclosure);
            var here = page is not null && info.Page is not null && page.Contains(info.Page, StringComparison.Ordinal);
            body.Append("<section class=\"disclosure\" aria-labelledby=\"h-").Append(Id(disclosure)).Append('"')
                .Append(here ? " data-current=\"true\"" : "").Append('>')
                .Append("<h2 id=\"h-").Append(Id(disclosure)).Append("\">").Append(E(info.Title)).Append(info.Draft ? "（草稿）" : "").Append("</h2><ul>")
                .Append("<li><a href=\"file?path=").Append(U(disclosure)).Append("\">第一部分：部门整体绩效目标</a></li>");
            foreach (var project in folder.ProjectsOf(disclosure))
            {
                body.Append("<li><a href=\"file?path=").Append(U(project)).Append("\">项目：").Append(E(project.Split('/')[^1])).Append("</a></li>");
            }

            body.Append("</ul><p class=\"actions\">")
                .Append("<button type=\"button\" data-action=\"new-project\" data-path=\"").Append(E(disclosure)).Append("\">新建项目</button> ")
                .Append("<button type=\"button\" data-action=\"next-year\" data-path=\"").Append(E(disclosure)).Append("\">新建下一年度</button>");
            if (info.Page is not null)
            {
                body.Append(" <a href=\"").Append(E(basePath + info.Page)).Append("\">查看页面</a>");
            }

            body.Append("</p></section>");
        }

        return Shell("编辑内容", token, "", body.ToString());
    }

    public static string? File(ContentFolder folder, string token, string? relative, string basePath)
    {
        if (folder.Resolve(relative) is not { } full || !System.IO.File.Exists(full))
        {
            return null;
        }

        var page = ContentFolder.DisclosureOf(relative!) is { } disclosure ? Describe(folder, disclosure).Page : "";
        var body = $"""
            <p><a href="./">← 全部文件</a></p>
            <h1 id="title">编辑 {E(relative!)}</h1>
            <div id="status" role="status" aria-live="polite"></div>
            <div id="summary" tabindex="-1"></div>
            <form id="editor" data-path="{E(relative!)}" data-page="{E(page is null ? "" : basePath + page)}" novalidate>
              <p>正在读取……（编辑器需要 JavaScript）</p>
            </form>
            """;
        return Shell("编辑 " + relative, token, relative!, body);
    }

    private static string Shell(string title, string token, string path, string body) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="sitegen-token" content="{token}">
        <title>{E(title)} – sitegen 编辑器</title>
        <link rel="stylesheet" href="/_sitegen/edit/editor.css">
        <script src="/_sitegen/edit/editor.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">跳到正文</a>
        <header><p>sitegen 编辑器（仅本机）</p></header>
        <main id="main" tabindex="-1">
        {body}
        </main>
        </body>
        </html>
        """;

    private static (string Title, string? Page, bool Draft) Describe(ContentFolder folder, string disclosure)
    {
        var quiet = new DiagnosticBag();
        var root = ContentLoader.Parse(Path.Join(folder.Root, disclosure), quiet).Root;
        var model = SiteModelBuilder.BuildDisclosure(root, [], quiet);
        return model is null
            ? (disclosure, null, false)
            : ($"{model.Year} 年度 {model.Department.Name}", $"{model.Year}/{model.Department.Code}/", model.Draft);
    }

    private static string Id(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..12];

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string U(string path) => E(Uri.EscapeDataString(path));
}
