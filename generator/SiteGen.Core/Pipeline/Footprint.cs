using SiteGen.Model;

namespace SiteGen.Pipeline;

/// <summary>
/// What of a disclosure shows beyond its own files: its year and department (its folder of the site, the year's
/// and home page's lists, its department's other years) and its project codes (other years' pages that link to the
/// same project). <see cref="AffectedFiles"/> needs no more of a disclosure that changed, so a cache on disk keeps
/// only this of each.
/// </summary>
public sealed record Footprint(int Year, string DepartmentCode, IReadOnlyList<string> ProjectCodes)
{
    public static Footprint Of(Disclosure d) => new(d.Year, d.Department.Code, [.. d.Projects.Select(p => p.Code)]);
}
