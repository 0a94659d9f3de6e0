namespace SiteGen.Sample;

/// <summary>
/// Projects that continue across years, as real ones do: the k-th project of a department keeps its code and name
/// every year (drawn from streams of their own, without the year), except now and then (<see cref="RenewChance"/>)
/// when it is a new project with a code of its year. Budgets, indicators and targets still vary by year. The codes
/// and names come from separate streams, so every other byte of a disclosure is what it was.
/// </summary>
internal static class ContinuingProjects
{
    public const double RenewChance = 0.15;

    private const int CodeStream = 17;
    private const int NameStream = 18;
    private const int RenewStream = 19;

    /// <summary>Whether the project at <paramref name="number"/> (1-based) is this year a new one rather than the continuing one.</summary>
    public static bool IsRenewed(long seed, SampleDepartment department, int year, int number) =>
        year == SampleOptions.FirstYear || Prng.For(seed, department.Index, year, number, RenewStream).Chance(RenewChance);

    /// <summary>The continuing project's code: the department code, the place and letters (224002-C01-KTCA-6024), without a year in it.</summary>
    public static string Code(long seed, SampleDepartment department, int number)
    {
        var r = Prng.For(seed, department.Index, number, CodeStream);
        const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        var letters = new string([.. Enumerable.Range(0, 4).Select(_ => Letters[r.Below(Letters.Length)])]);
        return $"{department.Code}-C{number:D2}-{letters}-{r.Between(1000, 9999)}";
    }

    /// <summary>The continuing projects' names, one per place, the same every year.</summary>
    public static Prng NameStreamFor(long seed, SampleDepartment department) => Prng.For(seed, department.Index, NameStream);
}
