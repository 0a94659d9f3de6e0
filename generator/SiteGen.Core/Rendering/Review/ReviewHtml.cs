using System.Net;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Review;

namespace SiteGen.Rendering.Review;

/// <summary>
/// The review report for staff (<c>sitegen review --format html</c>, <c>sitegen serve</c> at <see cref="ServePath"/>,
/// and <see cref="SitePath"/> when site.yml says <c>review: publish: true</c>): every finding by disclosure and
/// project, with its severity in words, its YAML file and line, and a link to the published indicator row. The
/// site's own stylesheet; no script; every value escaped.
/// </summary>
public static class ReviewHtml
{
    /// <summary>Where the report is in a published site (only with <c>publish: true</c>).</summary>
    public const string SitePath = "review/index.html";

    /// <summary>Where <c>sitegen serve</c> shows it, below the site's path, always.</summary>
    public const string ServePath = "_sitegen/review/";

    /// <param name="stylesheet">The stylesheet: a link from the page's place in the site, or (a file on its own) the CSS text itself.</param>
    /// <param name="link">The href of a page of the site (path from its root, with #anchor) as seen from the report.</param>
    public static byte[] Write(IReadOnlyList<ReviewFinding> findings, SiteSettings? settings, Stylesheet stylesheet, Func<string, string> link)
    {
        var title = settings is null ? "审核报告" : $"审核报告 - {settings.Title}";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"robots\" content=\"noindex\">\n<title>").Append(E(title)).Append("</title>\n");
        sb.Append(stylesheet.Href is { } href ? $"<link rel=\"stylesheet\" href=\"{E(href)}\">\n" : $"<style>\n{stylesheet.Css}\n</style>\n");
        sb.Append("</head>\n<body class=\"page-review\">\n<a class=\"skip-link\" href=\"#main\">跳到正文</a>\n");
        sb.Append("<header class=\"site-header\"><p class=\"site-title\">").Append(E(settings?.Title ?? "SiteGen")).Append("</p></header>\n");
        sb.Append("<main id=\"main\" tabindex=\"-1\">\n<h1>审核报告（供工作人员使用）</h1>\n");
        sb.Append("<p class=\"review-summary\">共 ").Append(findings.Count).Append(" 条：")
            .Append(Count(findings, Severity.Error)).Append(" 个错误，")
            .Append(Count(findings, Severity.Warning)).Append(" 个警告，")
            .Append(Count(findings, Severity.Info)).Append(" 个提示。警告和提示不影响发布：请逐条核对，改正内容文件，或在 site.yml 的 review 中关闭不适用的检查。</p>\n");
        var groups = findings.GroupBy(f => f.Disclosure).ToList();
        var n = 0;
        foreach (var group in groups)
        {
            n++;
            var heading = group.Key is { } d ? $"{d.Year}年 {d.Department.Name}" : "站点设置及其他文件";
            sb.Append("<section class=\"review-disclosure\" aria-labelledby=\"review-").Append(n).Append("\">\n<h2 id=\"review-").Append(n).Append("\">").Append(E(heading)).Append("</h2>\n");
            foreach (var project in group.GroupBy(f => f.Project))
            {
                sb.Append("<h3>").Append(project.Key is { } p ? E($"项目 {p.Code} {p.Name}") : "部门整体（第一部分）").Append("</h3>\n<ul class=\"review-findings\">\n");
                foreach (var f in project)
                {
                    Finding(sb, f, link);
                }

                sb.Append("</ul>\n");
            }

            sb.Append("</section>\n");
        }

        if (findings.Count == 0)
        {
            sb.Append("<p>没有发现需要核对的问题。</p>\n");
        }

        sb.Append("</main>\n<footer class=\"site-footer\"><p>由 sitegen review 生成；不属于公开网站（除非 site.yml 的 review 写了 publish: true）。</p></footer>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Finding(StringBuilder sb, ReviewFinding f, Func<string, string> link)
    {
        var d = f.Diagnostic;
        sb.Append("<li class=\"review-").Append(Diagnostic.Word(d.Severity)).Append("\"><strong>").Append(Word(d.Severity)).Append("</strong> ")
            .Append("<code>").Append(E(d.Code)).Append("</code> ").Append(E(d.Message)).Append("<br>")
            .Append("<span class=\"review-where\">位置：<code>").Append(E(d.Location.ToString())).Append("</code>");
        if (ReviewLinks.Page(f) is { } page)
        {
            var what = f.IndicatorIndex is { } i ? $"第 {i + 1} 行{(f.LongTerm ? "长期" : "")}指标" : f.Project is not null ? "项目表" : "公开文档";
            sb.Append("，<a href=\"").Append(E(link(page))).Append("\">在网页上查看").Append(what).Append("</a>");
        }

        sb.Append("</span></li>\n");
    }

    private static string Word(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static int Count(IReadOnlyList<ReviewFinding> findings, Severity s) => findings.Count(f => f.Diagnostic.Severity == s);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>How the report gets the site's stylesheet: linked (a page of the site) or inline (a file on its own).</summary>
public sealed record Stylesheet(string? Href, string? Css)
{
    public static Stylesheet Linked(string href) => new(href, null);

    /// <summary>The built-in site.css, for a report written to a file anywhere.</summary>
    public static Stylesheet BuiltIn() =>
        new(null, Encoding.UTF8.GetString(Templates.BuiltInTemplates.All.First(f => f.Name == "assets/site.css").Read()));
}
