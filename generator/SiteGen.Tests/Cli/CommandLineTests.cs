using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("publish")]
    [InlineData("build", "--colour")]
    [InlineData("build", "--content")]
    [InlineData("check", "--output", "x")]
    [InlineData("build", "--chromium", "/usr/bin/chromium")]
    [InlineData("check", "--pdf")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sitegen: ", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands_and_exit_codes()
    {
        var result = CliRunner.Run(RepoPaths.Root, "help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sitegen build", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Exit codes", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_no_options_builds_content_into_output_of_the_current_folder()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        folder.CopyFrom(RepoPaths.Templates, "templates");

        var result = CliRunner.Run(folder.Path, "build");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^sitegen build: 5 pages written to output; 0 warnings, 0 errors in \d+\.\d\d s\n$", result.StdOut);
        Assert.True(File.Exists(folder.Join("output", "2020", "224002", "index.html")));
    }

    [Fact]
    public void Building_twice_replaces_the_site_and_leaves_no_staging_folder()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        folder.CopyFrom(RepoPaths.Templates, "templates");
        Assert.Equal(0, CliRunner.Run(folder.Path, "build").ExitCode);
        File.WriteAllText(folder.Join("output", "stale.html"), "old");

        Assert.Equal(0, CliRunner.Run(folder.Path, "build").ExitCode);

        Assert.False(File.Exists(folder.Join("output", "stale.html")));
        // Beside the output only its build cache stays (the stale page above made the cache rebuild, not trust, it).
        Assert.Equal([".output.cache", "content", "output", "templates"], Directory.EnumerateDirectories(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_that_is_not_a_sitegen_site_is_never_replaced()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        folder.CopyFrom(RepoPaths.Templates, "templates");
        Directory.CreateDirectory(folder.Join("docs"));
        File.WriteAllText(folder.Join("docs", "notes.txt"), "mine");

        var result = CliRunner.Run(folder.Path, "build", "--output", "docs");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SG6002", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(folder.Join("docs", "notes.txt")));
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical_whatever_the_culture()
    {
        using var folder = new TempFolder();
        var first = folder.Join("a");
        var second = folder.Join("b");
        Assert.True(SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, first)).Succeeded);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.True(SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, second)).Succeeded);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        GoldenFiles.AssertSameFiles(first, second);
    }
}
