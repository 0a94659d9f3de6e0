using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Golden;

/// <summary>
/// Each folder under Golden/Broken is a broken edit of a small valid site (Broken/_base): its files replace
/// the base's. `sitegen check` must print exactly the diagnostics in its expected.txt and exit as it says;
/// `sitegen build` must fail the same way and leave an already published site byte for byte as it was.
/// </summary>
public sealed class BrokenContentTests
{
    private static readonly string BrokenDir = Path.Join(RepoPaths.Golden, "Broken");

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateDirectories(BrokenDir)
            .Select(dir => Path.GetFileName(dir))
            .Where(name => !name.StartsWith('_'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_prints_the_expected_diagnostics(string caseName)
    {
        using var site = CaseSite(caseName);

        var result = CliRunner.Run(site.Path, "check");

        var actual = result.StdErr + $"exit: {result.ExitCode}\n";
        GoldenFiles.AssertText(Path.Join(BrokenDir, caseName, "expected.txt"), actual);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_with_errors_leaves_the_published_site_untouched(string caseName)
    {
        using var site = CaseSite(caseName);
        site.CopyFrom(RepoPaths.Templates, "templates");
        var published = CliRunner.Run(site.Path, "build", "--content", Path.Join(BrokenDir, "_base", "content"));
        Assert.Equal(0, published.ExitCode);
        var before = Snapshot(site.Join("output"));

        var result = CliRunner.Run(site.Path, "build");

        var expectedExit = File.ReadAllText(Path.Join(BrokenDir, caseName, "expected.txt")).Contains("exit: 1", StringComparison.Ordinal) ? 1 : 0;
        Assert.Equal(expectedExit, result.ExitCode);
        if (expectedExit == 1)
        {
            Assert.Equal(before, Snapshot(site.Join("output")));
            Assert.Contains("left unchanged", result.StdOut, StringComparison.Ordinal);
        }
    }

    /// <summary>A temp folder holding content/ = the base site with the case's files laid over it.</summary>
    private static TempFolder CaseSite(string caseName)
    {
        var site = new TempFolder();
        site.CopyFrom(Path.Join(BrokenDir, "_base"));
        site.CopyFrom(Path.Join(BrokenDir, caseName, "content"), "content");
        if (caseName == "missing-site-file")
        {
            File.Delete(site.Join("content", "site.yml"));
        }

        return site;
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        GoldenFiles.ListFiles(dir).ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Join(dir, f)))));
}
