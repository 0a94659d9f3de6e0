namespace SiteGen.Sample;

/// <summary>What <c>sitegen sample</c> writes: departments × years disclosures, from one seed, into one folder.</summary>
public sealed record SampleOptions(int Departments, int Years, long Seed, string OutputDir, bool Force = false)
{
    /// <summary>The first budget year; years before 2021 use the 2020 indicator framework, later ones 2021's.</summary>
    public const int FirstYear = 2019;

    public const int MaxDepartments = 40_000;

    public const int MaxYears = 30;

    public int Disclosures => Departments * Years;
}
