using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Lookups across years, built once per build in one pass: which years a department disclosed, and where a
/// project code appears. Pages use them for "other years" links without scanning the site per page.
/// </summary>
public sealed class CrossYearIndex
{
    private readonly Dictionary<string, List<Disclosure>> _byDepartment = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Disclosure Disclosure, Project Project)>> _byProject = new(StringComparer.Ordinal);

    public CrossYearIndex(Site site)
    {
        foreach (var d in site.Disclosures.OrderByDescending(d => d.Year))
        {
            Add(_byDepartment, d.Department.Code, d);
            foreach (var p in d.Projects)
            {
                Add(_byProject, p.Code, (d, p));
            }
        }
    }

    /// <summary>Every disclosure of the department, latest year first.</summary>
    public IReadOnlyList<Disclosure> DisclosuresOf(string departmentCode) =>
        _byDepartment.TryGetValue(departmentCode, out var list) ? list : [];

    /// <summary>Every project with this code, latest year first (usually one per year, in the same department).</summary>
    public IReadOnlyList<(Disclosure Disclosure, Project Project)> ProjectsWithCode(string projectCode) =>
        _byProject.TryGetValue(projectCode, out var list) ? list : [];

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
