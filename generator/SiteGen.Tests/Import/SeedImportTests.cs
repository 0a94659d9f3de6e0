using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>
/// The bundled content/ is the seed imported by <c>sitegen import</c>: importing the seed again into an
/// empty folder must give the same files, and building them the same site.
/// </summary>
public sealed class SeedImportTests
{
    private static readonly string[] SiteOptions =
        ["--title", "临西县预算绩效目标公开", "--authority", "临西县财政局", "--base-url", "https://www.example.gov.cn/xxgk/jxmb/"];

    [Fact]
    public void Importing_the_seed_into_an_empty_folder_then_building_gives_the_bundled_site()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Seeds, "seeds");
        folder.CopyFrom(RepoPaths.Templates, "templates");

        var import = CliRunner.Run(folder.Path, ["import", $"seeds/{SeedText.FileName}", .. SiteOptions]);
        var build = CliRunner.Run(folder.Path, "build");

        Assert.Equal(0, import.ExitCode);
        Assert.Matches(@"sitegen import: 1 disclosure written to content \(and site.yml\); 1 warning, 0 errors in \d+\.\d\d s", import.StdOut);
        GoldenFiles.AssertSameFiles(RepoPaths.Content, folder.Join("content"));
        Assert.Equal(0, build.ExitCode);
        GoldenFiles.AssertSite(Path.Join(RepoPaths.Golden, "Site", "expected"), folder.Join("output"));
    }

    [Fact]
    public void The_seed_states_its_year_only_in_its_text_so_the_import_says_where_it_took_it_from()
    {
        using var folder = new TempFolder();

        var run = ImportRun.Of(folder, SeedText.Path);

        var warning = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("SG7104", warning.Code);
        Assert.Equal((SeedText.LineOf("为做好2020年度网信工作"), 5), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("year: 2020", run.Yaml("disclosure.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Passing_the_year_removes_the_warning_and_wins_over_the_text()
    {
        using var folder = new TempFolder();

        var run = ImportRun.Of(folder, SeedText.Path, year: 2019);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains("year: 2019\n", run.Yaml("disclosure.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_over_an_existing_disclosure_refuses_without_force_and_changes_nothing()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        var before = GoldenFiles.ListFiles(folder.Join("content")).Select(f => File.ReadAllText(folder.Join("content", f))).ToList();

        var result = CliRunner.Run(folder.Path, "import", SeedText.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error SG7005", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--force", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("nothing written, content left unchanged", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(before, GoldenFiles.ListFiles(folder.Join("content")).Select(f => File.ReadAllText(folder.Join("content", f))));
    }

    [Fact]
    public void Force_replaces_the_whole_disclosure_folder_so_no_stale_project_survives()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        var disclosure = Directory.EnumerateDirectories(folder.Join("content", "2020")).Single();
        File.WriteAllText(Path.Join(disclosure, "projects", "9-已删除的项目.yml"), "code: X\n");
        File.WriteAllText(Path.Join(disclosure, "disclosure.yml"), "# edited by hand\n");

        var result = CliRunner.Run(folder.Path, "import", SeedText.Path, "--force");

        Assert.Equal(0, result.ExitCode);
        GoldenFiles.AssertSameFiles(RepoPaths.Content, folder.Join("content"));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(folder.Join("content", "2020")), e => Path.GetFileName(e).StartsWith('.'));
    }

    [Fact]
    public void Force_also_replaces_a_disclosure_kept_under_another_folder_name_of_the_same_unit_code()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(SeedText.BundledDisclosure, Path.Join("content", "2020", "224002-县委网信办"));
        folder.CopyFrom(RepoPaths.Content, "content");
        Directory.Delete(Path.Join(folder.Join("content", "2020"), Path.GetFileName(SeedText.BundledDisclosure)), recursive: true);

        var refused = CliRunner.Run(folder.Path, "import", SeedText.Path);
        var forced = CliRunner.Run(folder.Path, "import", SeedText.Path, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("224002-县委网信办/disclosure.yml(1,1): error SG7005", refused.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        GoldenFiles.AssertSameFiles(RepoPaths.Content, folder.Join("content"));
    }

    [Fact]
    public void Without_site_settings_a_new_content_folder_gets_its_disclosure_and_a_warning_about_site_yml()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "import", SeedText.Path, "--year", "2020");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("content/site.yml(1,1): warning SG7105", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Join("content", "site.yml")));
        Assert.True(File.Exists(folder.Join("content", "2020", Path.GetFileName(SeedText.BundledDisclosure), "disclosure.yml")));
    }

    [Fact]
    public void An_existing_site_yml_is_never_replaced()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Join("content"));
        File.WriteAllText(folder.Join("content", "site.yml"), "# mine\n");

        var result = CliRunner.Run(folder.Path, ["import", SeedText.Path, .. SiteOptions]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("# mine\n", File.ReadAllText(folder.Join("content", "site.yml")));
        Assert.DoesNotContain("site.yml", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "a.txt", "--encoding", "big5")]
    [InlineData("import", "a.txt", "--year", "20")]
    [InlineData("import", "a.txt", "--year")]
    [InlineData("import", "a.txt", "--force=yes")]
    public void Bad_import_options_are_usage_errors(params string[] args)
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sitegen: ", result.StdErr, StringComparison.Ordinal);
    }
}
