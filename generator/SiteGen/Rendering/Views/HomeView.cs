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
        Money.FormatWanYuan(disclosures.Sum(Money.TotalInWanYuan)));
}
