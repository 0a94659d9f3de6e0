using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Golden;

/// <summary>
/// Each folder under Golden/Review plants one flaw in a small clean site (Review/_base: one department, 2020 and
/// 2021, the same project both years, whose review finds nothing): `sitegen review` must print exactly its
/// expected.txt (the findings on stdout, the summary on stderr, the exit code).
/// </summary>
public sealed class ReviewGoldenTests
{
    private static readonly string ReviewDir = Path.Join(RepoPaths.Golden, "Review");

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateDirectories(ReviewDir)
            .Select(dir => Path.GetFileName(dir))
            .Where(name => !name.StartsWith('_'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Review_prints_the_expected_findings(string caseName)
    {
        using var site = new TempFolder();
        site.CopyFrom(Path.Join(ReviewDir, "_base"));
        site.CopyFrom(Path.Join(ReviewDir, caseName, "content"), "content");

        var result = CliRunner.Run(site.Path, "review");

        GoldenFiles.AssertText(Path.Join(ReviewDir, caseName, "expected.txt"), result.StdOut + result.StdErr + $"exit: {result.ExitCode}\n");
    }

    [Fact]
    public void The_clean_base_has_no_findings_so_each_case_shows_only_its_flaw()
    {
        using var site = new TempFolder();
        site.CopyFrom(Path.Join(ReviewDir, "_base"));

        var result = CliRunner.Run(site.Path, "review");

        Assert.Equal("", result.StdOut);
        Assert.Equal(0, result.ExitCode);
    }
}
