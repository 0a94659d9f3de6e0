using System.Diagnostics;
using SiteGen.Output;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Output;

/// <summary>
/// A build killed at any moment (SIGKILL: a crash or a power cut as far as the process is concerned) leaves
/// the previous site or the new one, complete, never a mix; the next build cleans up after it.
/// </summary>
public sealed class InterruptedBuildTests
{
    /// <summary>How many kills the test survives; the README quotes it.</summary>
    private const int Kills = 16;

    [Fact]
    public void Builds_killed_at_random_moments_leave_the_old_or_the_new_site_complete()
    {
        using var folder = new TempFolder();
        // Two different fictional sites big enough that a build takes a few seconds.
        SampleCorpus.Write(new SampleOptions(40, 3, 1, folder.Join("a")));
        SampleCorpus.Write(new SampleOptions(40, 3, 2, folder.Join("b")));
        var output = folder.Join("output");
        Assert.Equal(0, Build(folder, "a", output).ExitCode);
        var sites = new Dictionary<string, IReadOnlyList<SiteManifest.Entry>> { ["a"] = Manifest(output) };
        Assert.Equal(0, Build(folder, "b", folder.Join("b-site")).ExitCode);
        sites["b"] = Manifest(folder.Join("b-site"));

        var random = new Random(7);
        var current = "a";
        var outcomes = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            var next = current == "a" ? "b" : "a";
            using (var build = Start(folder, next, output))
            {
                Thread.Sleep(random.Next(50, 4000));
                build.Kill(); // SIGKILL
                build.WaitForExit();
            }

            current = sites.Single(s => SiteManifest.Compare(output, s.Value).Count == 0 && ManifestMatches(output, s.Value)).Key;
            outcomes.Add(current == next ? "new" : "old");
        }

        var last = Build(folder, current == "a" ? "b" : "a", output);

        Assert.Equal(0, last.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path, ".output.staging*"));
        Assert.Contains("old", outcomes); // the kills did land mid-build
    }

    private static bool ManifestMatches(string output, IReadOnlyList<SiteManifest.Entry> expected) =>
        Manifest(output).Select(e => e.Sha256).SequenceEqual(expected.Select(e => e.Sha256));

    private static IReadOnlyList<SiteManifest.Entry> Manifest(string site) => SiteManifest.Read(Path.Join(site, SiteManifest.FileName)).Entries!;

    private static CliRunner.Result Build(TempFolder folder, string content, string output) =>
        CliRunner.Run(folder.Path, "build", "--content", folder.Join(content), "--templates", RepoPaths.Templates, "--output", output);

    private static Process Start(TempFolder folder, string content, string output) =>
        CliRunner.Start("build", "--content", folder.Join(content), "--templates", RepoPaths.Templates, "--output", output);
}
