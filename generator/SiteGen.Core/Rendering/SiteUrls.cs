using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Every address in the site, in one place: paths from the site root (ASCII, built from years and codes, no
/// leading slash, so the site works under any sub-path) and the anchors inside a disclosure page.
/// Published addresses are permalinks; change them only with redirects in mind.
/// </summary>
public static class SiteUrls
{
    public const string Home = "index.html";

    public static string Year(int year) => $"{year}/index.html";

    public static string Disclosure(Disclosure d) => Disclosure(d.Year, d.Department.Code);

    public static string Disclosure(int year, string departmentCode) => $"{year}/{departmentCode}/index.html";

    /// <summary>The print-ready 项目支出绩效自评表 of a disclosure's evaluated projects (only when it has any).</summary>
    public static string SelfEvaluation(Disclosure d) => SelfEvaluation(d.Year, d.Department.Code);

    public static string SelfEvaluation(int year, string departmentCode) => $"{year}/{departmentCode}/self-evaluation/index.html";

    /// <summary>The anchor of a project on its disclosure page.</summary>
    public static string ProjectAnchor(Project p) => "project-" + p.Code;

    /// <summary>The anchor of the n-th (0-based) indicator row of a project's table, in the document's order.</summary>
    public static string IndicatorAnchor(Project p, int index) => $"{ProjectAnchor(p)}-i{index + 1}";

    /// <summary>The anchor of the n-th (0-based) row of a project's long-term indicator table.</summary>
    public static string LongTermIndicatorAnchor(Project p, int index) => $"{ProjectAnchor(p)}-lt{index + 1}";

    /// <summary>
    /// The absolute address of a path from the site root, under the configured base URL (which ends with "/").
    /// Only for what leaves the site (canonical links, feeds, the sitemap); pages link relatively.
    /// </summary>
    public static string Absolute(SiteSettings settings, string path) => new Uri(new Uri(settings.BaseUrl, UriKind.Absolute), path).AbsoluteUri;

    /// <summary>A path from the site root as seen from a page at <paramref name="fromPage"/> (also from the root).</summary>
    public static string Relative(string fromPage, string target) =>
        string.Concat(Enumerable.Repeat("../", fromPage.Count(c => c == '/'))) + target;

    /// <summary>
    /// A link from a page to a file: just the file's name when it sits in the page's folder (<c>data.json</c>),
    /// otherwise the <see cref="Relative"/> path.
    /// </summary>
    public static string Link(string fromPage, string target)
    {
        var folder = fromPage[..(fromPage.LastIndexOf('/') + 1)];
        return folder.Length > 0 && target.StartsWith(folder, StringComparison.Ordinal) ? target[folder.Length..] : Relative(fromPage, target);
    }
}
