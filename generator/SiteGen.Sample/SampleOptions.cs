namespace SiteGen.Sample;

/// <summary>What <c>sitegen sample</c> writes: departments × years disclosures, from one seed, into one folder.</summary>
/// <param name="TargetsOnly">
/// Only what a target disclosure holds (Part 1 and the project tables), no self-evaluations, monitoring or 部门整体自评:
/// the corpus another tool can render the same data of (<c>.ci/bench --vs-hugo</c>).
/// </param>
public sealed record SampleOptions(int Departments, int Years, long Seed, string OutputDir, bool Force = false, bool TargetsOnly = false)
{
    /// <summary>Whether the year's disclosures carry the year's follow-up (all but the corpus's last year, which is not over).</summary>
    public bool Evaluated(int yearIndex) => !TargetsOnly && yearIndex < Years - 1;

    /// <summary>The first budget year; years before 2021 use the 2020 indicator framework, later ones 2021's.</summary>
    public const int FirstYear = 2019;

    public const int MaxDepartments = 40_000;

    public const int MaxYears = 30;

    public int Disclosures => Departments * Years;
}
