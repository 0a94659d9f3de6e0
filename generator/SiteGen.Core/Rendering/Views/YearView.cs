using SiteGen.Model;
using SiteGen.Rendering.Charts;

namespace SiteGen.Rendering.Views;

/// <summary>A budget year's page: every department that disclosed, with its budget and project count.</summary>
public sealed record YearView(int Year, IReadOnlyList<DepartmentSummaryView> Departments, int ProjectCount, string BudgetTotal, IReadOnlyList<DownloadView> Downloads)
{
    /// <summary>Each department's budget as bars in 万元 (元 converted); null with fewer than two departments.</summary>
    public Html? BudgetChart { get; init; }

    /// <summary>The year's self-evaluation results; null when no project of the year is evaluated (the page is then unchanged).</summary>
    public YearEvaluationView? Evaluation { get; init; }

    public static YearView From(int year, IReadOnlyList<Disclosure> disclosures) => new(
        year,
        [.. disclosures.Select(DepartmentSummaryView.From)],
        disclosures.Sum(d => d.Projects.Count),
        BudgetTotals.FormatWanYuan(disclosures.Sum(BudgetTotals.TotalInWanYuan)),
        [
            DownloadView.Of(SiteUrls.Year(year), "本年度全部预算项目（CSV）", DataUrls.YearProjectsCsv(year), "CSV", DataUrls.ProjectsCsvSchema),
            DownloadView.Of(SiteUrls.Year(year), "本年度全部绩效指标（CSV）", DataUrls.YearIndicatorsCsv(year), "CSV", DataUrls.IndicatorsCsvSchema),
            DownloadView.Of(SiteUrls.Year(year), "数据包描述（Data Package，供数据工具读取 CSV）", DataUrls.YearPackage(year), "JSON", null),
        ])
    {
        BudgetChart = disclosures.Count < 2 ? null : BudgetBarChart.For(
            $"{year}年各部门预算总额",
            [.. disclosures.Select(d => (d.Department.Name, BudgetTotals.TotalInWanYuan(d), BudgetTotals.FormatWanYuan(BudgetTotals.TotalInWanYuan(d))))],
            "万元",
            "year-budget-chart",
            "部门"),
        Evaluation = YearEvaluationView.From(year, disclosures),
    };
}

/// <summary>One department in a year's listing; the URL is relative to the year page.</summary>
public sealed record DepartmentSummaryView(string Code, string Name, string? ShortName, string Url, int ProjectCount, string BudgetTotal, string MoneyUnit)
{
    public static DepartmentSummaryView From(Disclosure d) => new(
        d.Department.Code,
        d.Department.Name,
        d.Department.ShortName,
        $"{d.Department.Code}/index.html",
        d.Projects.Count,
        BudgetTotals.Format(BudgetTotals.Total(d)),
        d.MoneyUnit);
}
