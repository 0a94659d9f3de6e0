using System.Globalization;

namespace SiteGen.Model.History;

/// <summary>One indicator whose target differs from the year before (matched by 三级指标 name within the project).</summary>
public sealed record ChangedTarget(string Name, string Previous, string Current, TargetChangeKind Kind)
{
    public string Word => TargetChange.Word(Kind);
}

/// <summary>An amount this year against the year before, in this year's money unit: the change and the change in percent.</summary>
/// <param name="Percent">Change ÷ previous × 100, two places; null when the previous amount was zero.</param>
public sealed record AmountChange(decimal Previous, decimal Current, decimal Change, decimal? Percent)
{
    public static AmountChange Of(decimal previous, decimal current)
    {
        var change = current - previous;
        return new(previous, current, change, previous == 0m ? null : Math.Round(change / previous * 100m, 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>"+2.00" / "-1.50" / "0": signed, as a budget table would write it.</summary>
    public static string Signed(decimal value) => value > 0 ? "+" + Text(value) : Text(value);

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A project against the same project (same code) the year before.</summary>
/// <param name="PreviousDepartment">The department that had the project the year before, when it is not this one; null otherwise.</param>
public sealed record ProjectComparison(
    Project Project,
    Disclosure PreviousDisclosure,
    Project Previous,
    AmountChange Budget,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Dropped,
    IReadOnlyList<ChangedTarget> Changed,
    Department? PreviousDepartment);

/// <summary>A project of the year before that this disclosure does not continue; <paramref name="MovedTo"/> names the department that took its code, if any.</summary>
/// <param name="Code">The project's key: its 项目编码, or the key derived from its name when it was published without one.</param>
/// <param name="WrittenCode">The 项目编码 as published (empty without one), the one a page shows.</param>
public sealed record EndedProject(string Code, string Name, Department? MovedTo, string WrittenCode);

/// <summary>与上年相比: one disclosure against the year before, for the department and for each continuing project.</summary>
/// <param name="Previous">The department's disclosure of the year before; null when only projects (moved from other departments) continue.</param>
/// <param name="Added">This year's projects with no project of the same code the year before.</param>
public sealed record DisclosureComparison(
    Disclosure Disclosure,
    Disclosure? Previous,
    IReadOnlyList<ProjectComparison> Continued,
    IReadOnlyList<Project> Added,
    IReadOnlyList<EndedProject> Ended,
    AmountChange? TotalBudget)
{
    public ProjectComparison? For(Project p) => Continued.FirstOrDefault(c => ReferenceEquals(c.Project, p));
}

/// <summary>Computes the comparisons from <see cref="PreviousYears"/>: per disclosure, linear in its projects and indicators.</summary>
public static class YearOverYear
{
    /// <summary>The comparison, or null when neither the department nor any of its projects existed the year before.</summary>
    public static DisclosureComparison? For(Site site, Disclosure d)
    {
        var years = PreviousYears.Of(site);
        var previous = years.DisclosureBefore(d);
        var continued = new List<ProjectComparison>();
        var added = new List<Project>();
        foreach (var p in d.Projects)
        {
            if (years.ProjectBefore(d, p) is { } before)
            {
                continued.Add(Compare(d, p, before.Disclosure, before.Project));
            }
            else
            {
                added.Add(p);
            }
        }

        if (previous is null && continued.Count == 0)
        {
            return null;
        }

        var codes = d.Projects.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var ended = previous is null
            ? []
            : previous.Projects
                .Where(p => !codes.Contains(p.Code))
                .Select(p => new EndedProject(p.Code, p.Name, years.ProjectAfter(previous, p)?.Disclosure.Department, p.WrittenCode))
                .ToList();
        var total = previous is null ? null : AmountChange.Of(InUnitOf(d, previous, Total(previous)), Total(d));
        return new DisclosureComparison(d, previous, continued, added, ended, total);
    }

    private static ProjectComparison Compare(Disclosure d, Project p, Disclosure previousDisclosure, Project previous)
    {
        var names = p.Indicators.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var previousByName = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var i in previous.Indicators)
        {
            previousByName.TryAdd(i.Name, i);
        }

        var changed = new List<ChangedTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in p.Indicators)
        {
            if (seen.Add(i.Name) && previousByName.TryGetValue(i.Name, out var before) && TargetChange.Between(before.Target, i.Target) is { } kind)
            {
                changed.Add(new ChangedTarget(i.Name, before.Target.Text.Trim(), i.Target.Text.Trim(), kind));
            }
        }

        return new ProjectComparison(
            p,
            previousDisclosure,
            previous,
            AmountChange.Of(InUnitOf(d, previousDisclosure, previous.Budget.Total.Value), p.Budget.Total.Value),
            [.. p.Indicators.Select(i => i.Name).Where(n => !previousByName.ContainsKey(n)).Distinct(StringComparer.Ordinal)],
            [.. previousByName.Keys.Where(n => !names.Contains(n))],
            changed,
            previousDisclosure.Department.Code == d.Department.Code ? null : previousDisclosure.Department);
    }

    private static decimal Total(Disclosure d) => d.Projects.Sum(p => p.Budget.Total.Value);

    /// <summary>An amount of <paramref name="from"/> in the money unit of <paramref name="to"/> (万元 and 元 convert).</summary>
    private static decimal InUnitOf(Disclosure to, Disclosure from, decimal amount) => (from.MoneyUnit, to.MoneyUnit) switch
    {
        ("元", "万元") => amount / 10000m,
        ("万元", "元") => amount * 10000m,
        _ => amount,
    };
}
