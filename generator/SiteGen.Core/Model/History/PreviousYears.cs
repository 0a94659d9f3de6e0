using System.Runtime.CompilerServices;

namespace SiteGen.Model.History;

/// <summary>
/// The previous year of every disclosure and project, found through two dictionaries built in one pass over the site
/// (no pairwise scan): the previous year is the previous budget year's published disclosure, a project's previous
/// year the project with the same code there, in the same department when it is there, else in whichever department
/// had the code (a project moved between departments keeps its code).
/// </summary>
public sealed class PreviousYears
{
    private static readonly ConditionalWeakTable<Site, PreviousYears> Cache = [];

    private readonly Dictionary<(int Year, string Department), Disclosure> _disclosures = [];
    private readonly Dictionary<(int Year, string Project), List<(Disclosure Disclosure, Project Project)>> _projects = [];

    private PreviousYears(Site site)
    {
        foreach (var d in site.Disclosures)
        {
            _disclosures.TryAdd((d.Year, d.Department.Code), d);
            foreach (var p in d.Projects)
            {
                var key = (d.Year, p.Code);
                if (!_projects.TryGetValue(key, out var list))
                {
                    _projects[key] = list = [];
                }

                list.Add((d, p));
            }
        }
    }

    /// <summary>The index of <paramref name="site"/>, made once however many pages, data files and checks ask.</summary>
    public static PreviousYears Of(Site site) => Cache.GetValue(site, s => new PreviousYears(s));

    /// <summary>The department's disclosure of the year before, or null.</summary>
    public Disclosure? DisclosureBefore(Disclosure d) => _disclosures.GetValueOrDefault((d.Year - 1, d.Department.Code));

    /// <summary>The same project (by code) the year before, or null when it did not exist then.</summary>
    public (Disclosure Disclosure, Project Project)? ProjectBefore(Disclosure d, Project p) => Find(d.Year - 1, d.Department.Code, p.Code);

    /// <summary>Where a project of the year before went this year (by code), or null when it ended.</summary>
    public (Disclosure Disclosure, Project Project)? ProjectAfter(Disclosure before, Project p) => Find(before.Year + 1, before.Department.Code, p.Code);

    private (Disclosure Disclosure, Project Project)? Find(int year, string department, string code)
    {
        if (!_projects.TryGetValue((year, code), out var list))
        {
            return null;
        }

        foreach (var entry in list)
        {
            if (entry.Disclosure.Department.Code == department)
            {
                return entry;
            }
        }

        return list[0];
    }
}
