using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>One budget year on the home page: how many departments and projects, and the budget in 万元.</summary>
public sealed record YearSummaryView(int Year, string Url, int DepartmentCount, int ProjectCount, string BudgetTotal)
{
    public static YearSummaryView From(int year, IReadOnlyList<Disclosure> disclosures) => new(
        year,
        $"{year}/index.html",
        disclosures.Count,
        disclosures.Sum(d => d.Projects.Count),
        BudgetTotals.FormatWanYuan(disclosures.Sum(BudgetTotals.TotalInWanYuan)));
}

/// <summary>
/// One row of the home page's department × year grid: every disclosure is one click from the home page,
/// and a department's years sit side by side. Cells follow the years' order; a year without a disclosure has no URL.
/// </summary>
public sealed record DepartmentYearsView(string Code, string Name, IReadOnlyList<YearLinkView> Years)
{
    public static IReadOnlyList<DepartmentYearsView> From(Site site, IReadOnlyList<int> years)
    {
        var byDepartment = site.Disclosures.ToLookup(d => d.Department.Code, StringComparer.Ordinal);
        return [.. byDepartment
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var byYear = g.ToDictionary(d => d.Year);
                var latest = g.MaxBy(d => d.Year)!;
                return new DepartmentYearsView(g.Key, latest.Department.Name, [.. years.Select(y =>
                    new YearLinkView(y, byYear.TryGetValue(y, out var d) ? SiteUrls.Disclosure(d) : null, $"{y}年"))]);
            })];
    }
}
