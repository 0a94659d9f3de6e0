using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Output;

/// <summary>One build at a time per output folder; a lock left by a killed build never blocks the next.</summary>
public sealed class BuildLockTests
{
    private static readonly string County = Path.Join(RepoPaths.Golden, "County", "content");

    [Fact]
    public void A_second_build_into_the_same_output_is_refused_with_exit_code_4_and_the_site_is_untouched()
    {
        using var folder = new TempFolder();
        var output = folder.Join("output");
        Assert.True(SiteBuilder.Build(new BuildOptions(County, RepoPaths.Templates, output)).Succeeded);
        var before = SiteManifest.Read(Path.Join(output, SiteManifest.FileName)).Entries!;

        CliRunner.Result refused;
        using (BuildLock.TryAcquire(Path.GetFullPath(output)))
        {
            refused = CliRunner.Run(folder.Path, "build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--output", output);
            Assert.Empty(SiteManifest.Compare(output, before)); // untouched while refused
        }

        var after = CliRunner.Run(folder.Path, "build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--output", output);

        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("error SG6006", refused.StdErr, StringComparison.Ordinal);
        Assert.Contains("另一个 sitegen build 正在向这个输出目录发布", refused.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
        var published = SiteManifest.Read(Path.Join(output, SiteManifest.FileName)).Entries!;
        Assert.Empty(SiteManifest.Compare(output, published));
        Assert.NotEqual(before.Select(e => e.Path), published.Select(e => e.Path)); // the seed site replaced the county
    }

    [Fact]
    public void The_lock_of_a_killed_build_does_not_block_the_next_one()
    {
        using var folder = new TempFolder();
        var output = folder.Join("output");
        using (var build = CliRunner.Start("build", "--content", County, "--templates", RepoPaths.Templates, "--output", output))
        {
            SpinWait.SpinUntil(() => File.Exists(BuildLock.PathFor(Path.GetFullPath(output))), TimeSpan.FromSeconds(20));
            build.Kill(); // SIGKILL: no clean-up code runs
            build.WaitForExit();
        }

        var next = CliRunner.Run(folder.Path, "build", "--content", County, "--templates", RepoPaths.Templates, "--output", output);

        Assert.Equal(0, next.ExitCode);
    }
}
