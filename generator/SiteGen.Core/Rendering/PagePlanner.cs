using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Decides which pages the site has and where they go. URLs are ASCII, built from years and codes
/// (<c>2020/224002/index.html</c>), and every link is relative so the site works under any sub-path.
/// </summary>
public static class PagePlanner
{
    public const string HomeTitle = "首页";

    /// <param name="withPdfs">Whether disclosures are also printed as PDFs (<c>sitegen build --pdf</c>), so their pages link to them.</param>
    public static IReadOnlyList<PagePlan> Plan(Site site, bool withPdfs = false)
    {
        var byYear = site.Disclosures
            .GroupBy(d => d.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => (Year: g.Key, Disclosures: (IReadOnlyList<Disclosure>)[.. g]))
            .ToList();

        var index = new CrossYearIndex(site);
        var years = byYear.Select(y => y.Year).ToList();
        var pages = new List<PagePlan> { Home(site, byYear), NotFound(site) };
        foreach (var (year, disclosures) in byYear)
        {
            pages.Add(Year(site, year, disclosures, years));
            pages.AddRange(disclosures.Select(d => DisclosurePage(site, d, index, withPdfs)));
            pages.AddRange(disclosures.Where(d => d.EvaluatedProjects.Count > 0 || d.DepartmentSelfEvaluation is not null).Select(SelfEvaluationPage));
        }

        pages.Add(Search(byYear));
        return [.. pages.Select(p => p with { Page = p.Page with { CanonicalUrl = SiteUrls.Absolute(site.Settings, p.Path) } })];
    }

    /// <summary>
    /// 404.html, which a server shows for any missing address at any depth: its links cannot be relative, so
    /// they start from the path of the configured base URL (for example /xxgk/jxmb/).
    /// </summary>
    private static PagePlan NotFound(Site site)
    {
        var root = new Uri(site.Settings.BaseUrl).AbsolutePath;
        var page = new PageView("页面不存在", "您要找的页面不存在或已移动。", root, "404.html", "not-found", [new Crumb(HomeTitle, root + SiteUrls.Home), new Crumb("页面不存在", null)]);
        return new PagePlan(page.Path, "pages/not-found", page, () => new Dictionary<string, object>());
    }

    private static PagePlan Home(Site site, List<(int Year, IReadOnlyList<Disclosure> Disclosures)> byYear)
    {
        var page = new PageView(site.Settings.Title, $"{site.Settings.Authority}发布的各部门预算绩效目标，按年度浏览。", "", "index.html", "home", [new Crumb(HomeTitle, null)]);
        return new PagePlan(page.Path, "pages/home", page, () => new Dictionary<string, object>
        {
            ["years"] = byYear.Select(y => YearSummaryView.From(y.Year, y.Disclosures)).ToList(),
            ["departments"] = DepartmentYearsView.From(site, [.. byYear.Select(y => y.Year)]),
        });
    }

    /// <summary>The search page; its years are for readers without JavaScript, who browse by year instead.</summary>
    private static PagePlan Search(List<(int Year, IReadOnlyList<Disclosure> Disclosures)> byYear)
    {
        var page = new PageView("搜索", "按名称或文字搜索各年度的部门、预算项目和绩效指标。", "../", "search/index.html", "search", [new Crumb(HomeTitle, "../index.html"), new Crumb("搜索", null)]);
        return new PagePlan(page.Path, "pages/search", page, () => new Dictionary<string, object>
        {
            ["years"] = byYear.Select(y => YearSummaryView.From(y.Year, y.Disclosures)).ToList(),
        });
    }

    private static PagePlan Year(Site site, int year, IReadOnlyList<Disclosure> disclosures, IReadOnlyList<int> years)
    {
        var title = $"{year}年预算绩效目标";
        var page = new PageView(
            title,
            $"{year}年各部门预算绩效目标，共 {disclosures.Count} 个部门。",
            "../",
            $"{year}/index.html",
            "year",
            [new Crumb(HomeTitle, "../index.html"), new Crumb($"{year}年", null)]);
        return new PagePlan(page.Path, "pages/year", page, () => new Dictionary<string, object>
        {
            ["year"] = YearView.From(year, disclosures),
            ["other_years"] = years.Select(y => new YearLinkView(y, y == year ? null : SiteUrls.Relative(page.Path, SiteUrls.Year(y)), $"{y}年")).ToList(),
        });
    }

    /// <summary>The official 自评表 of each evaluated project, one per A4 page in print; a disclosure without evaluation has none.</summary>
    private static PagePlan SelfEvaluationPage(Disclosure d)
    {
        var page = new PageView(
            SelfEvaluationPageView.TitleOf(d),
            SelfEvaluationPageView.DescriptionOf(d),
            "../../../",
            SiteUrls.SelfEvaluation(d),
            "self-evaluation",
            [new Crumb(HomeTitle, "../../../index.html"), new Crumb($"{d.Year}年", "../../index.html"), new Crumb(d.Department.Name, "../index.html"), new Crumb(SelfEvaluationPageView.CrumbOf(d), null)]);
        return new PagePlan(page.Path, "pages/self-evaluation", page, () => new Dictionary<string, object>
        {
            ["disclosure"] = SelfEvaluationPageView.From(d),
        });
    }

    private static PagePlan DisclosurePage(Site site, Disclosure d, CrossYearIndex index, bool withPdf)
    {
        var page = new PageView(
            DisclosureView.TitleOf(d),
            $"{d.Department.Name}{d.Year}年部门整体绩效目标和 {d.Projects.Count} 个预算项目的绩效目标表。",
            "../../",
            $"{d.Year}/{d.Department.Code}/index.html",
            "disclosure",
            [new Crumb(HomeTitle, "../../index.html"), new Crumb($"{d.Year}年", "../index.html"), new Crumb(d.Department.Name, null)]);
        return new PagePlan(page.Path, "pages/disclosure", page, () => new Dictionary<string, object>
        {
            // Made when the page renders: a view holds the page's rendered Markdown (see PagePlan).
            ["disclosure"] = DisclosureView.From(d, withPdf),
            ["history"] = DisclosureHistoryView.From(d, index),
            ["comparison"] = YearOverYearView.From(site, d, page.Path)!, // null: no previous year, and the page is as before
        });
    }
}
