using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>A budget year's page: every department that disclosed, with its budget and project count.</summary>
public sealed record YearView(int Year, IReadOnlyList<DepartmentSummaryView> Departments, int ProjectCount, string BudgetTotal, IReadOnlyList<DownloadView> Downloads)
{
    public static YearView From(int year, IReadOnlyList<Disclosure> disclosures) => new(
        year,
        [.. disclosures.Select(DepartmentSummaryView.From)],
        disclosures.Sum(d => d.Projects.Count),
        Money.FormatWanYuan(disclosures.Sum(Money.TotalInWanYuan)),
        [
            DownloadView.Of(SiteUrls.Year(year), "本年度全部预算项目（CSV）", DataUrls.YearProjectsCsv(year), "CSV", DataUrls.ProjectsCsvSchema),
            DownloadView.Of(SiteUrls.Year(year), "本年度全部绩效指标（CSV）", DataUrls.YearIndicatorsCsv(year), "CSV", DataUrls.IndicatorsCsvSchema),
        ]);
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
        Money.Format(Money.Total(d)),
        d.MoneyUnit);
}
