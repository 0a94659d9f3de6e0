using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>A link to the same thing in another budget year; the current year has no URL.</summary>
public sealed record YearLinkView(int Year, string? Url, string Label);

/// <summary>
/// A disclosure across years: the department's disclosures and, per project code, the years it appears in.
/// URLs are relative to the disclosure page.
/// </summary>
public sealed record DisclosureHistoryView(
    IReadOnlyList<YearLinkView> DepartmentYears,
    IReadOnlyDictionary<string, IReadOnlyList<YearLinkView>> ProjectYears)
{
    public static DisclosureHistoryView From(Disclosure d, CrossYearIndex index)
    {
        var page = SiteUrls.Disclosure(d);
        var departmentYears = index.DisclosuresOf(d.Department.Code)
            .Select(other => new YearLinkView(other.Year, other == d ? null : SiteUrls.Relative(page, SiteUrls.Disclosure(other)), $"{other.Year}年"))
            .ToList();
        var projectYears = new Dictionary<string, IReadOnlyList<YearLinkView>>(StringComparer.Ordinal);
        foreach (var p in d.Projects)
        {
            projectYears[p.Code] = [.. index.ProjectsWithCode(p.Code).Select(other => other.Disclosure == d
                ? new YearLinkView(other.Disclosure.Year, null, $"{other.Disclosure.Year}年")
                : new YearLinkView(
                    other.Disclosure.Year,
                    SiteUrls.Relative(page, SiteUrls.Disclosure(other.Disclosure)) + "#" + SiteUrls.ProjectAnchor(other.Project),
                    other.Disclosure.Department.Code == d.Department.Code ? $"{other.Disclosure.Year}年" : $"{other.Disclosure.Year}年（{other.Disclosure.Department.Name}）"))];
        }

        return new DisclosureHistoryView(departmentYears, projectYears);
    }
}
