using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Commands;

/// <summary>`sitegen new`: a site that builds as it is, with no templates folder, and never a file overwritten.</summary>
public sealed class NewCommandTests
{
    private static readonly string[] Settings = ["--title", "某县预算绩效目标公开", "--authority", "某县财政局", "--base-url", "https://www.example.gov.cn/jxmb/", "--year", "2026"];

    [Fact]
    public void A_new_site_builds_with_no_templates_folder_and_its_example_is_left_out_until_renamed()
    {
        using var folder = new TempFolder();

        var made = CliRunner.Run(folder.Path, ["new", "县网站", .. Settings]);

        Assert.Equal(0, made.ExitCode);
        var site = folder.Join("县网站");
        Assert.Equal(
            [".gitignore", "README.md", "content/.schema/department-evaluation.schema.json", "content/.schema/disclosure.schema.json", "content/.schema/evaluation.schema.json", "content/.schema/monitoring.schema.json", "content/.schema/project.schema.json", "content/.schema/site.schema.json",
             "content/2026/_示例-100001-示例局/disclosure.yml", "content/2026/_示例-100001-示例局/projects/1-示例项目.yml", "content/site.yml"],
            GoldenFiles.ListFiles(site));
        Assert.Equal(File.ReadAllText(Path.Join(RepoPaths.Content, ".schema", "project.schema.json")), File.ReadAllText(Path.Join(site, "content", ".schema", "project.schema.json")));
        Assert.Contains("title: 某县预算绩效目标公开", File.ReadAllText(Path.Join(site, "content", "site.yml")), StringComparison.Ordinal);
        foreach (var ignored in new[] { "/output/", "/.output.staging*/", "/.output.lock" })
        {
            Assert.Contains(ignored, File.ReadAllLines(Path.Join(site, ".gitignore")));
        }

        var build = CliRunner.Run(site, "build");
        Assert.True(build.ExitCode == 0, build.StdErr + build.StdOut);
        Assert.Equal("content/2026/_示例-100001-示例局(1,1): info SG6101: 名称以 _ 开头，不发布（示例或草稿）：要发布它，把名称开头的 _ 去掉\n", build.StdErr);
        Assert.False(Directory.Exists(Path.Join(site, "templates")));
        Assert.False(Directory.Exists(Path.Join(site, "output", "2026")));

        Directory.Move(Path.Join(site, "content", "2026", "_示例-100001-示例局"), Path.Join(site, "content", "2026", "100001-示例局"));
        var renamed = CliRunner.Run(site, "build");
        Assert.True(renamed.ExitCode == 0 && renamed.StdErr.Length == 0, renamed.StdErr + renamed.StdOut);
        Assert.Contains("示例县示例局", File.ReadAllText(Path.Join(site, "output", "2026", "100001", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Join("笔记.txt"), "mine");

        var result = CliRunner.Run(folder.Path, ["new", ".", .. Settings]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SG6102:", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(["笔记.txt"], GoldenFiles.ListFiles(folder.Path));
    }

    [Fact]
    public void Settings_that_do_not_pass_the_check_leave_nothing_behind()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "new", "site", "--title", "某县", "--authority", "某县财政局", "--base-url", "www.example.gov.cn");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/site.yml(", result.StdErr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("error SG2006: 站点发布地址", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Join("site")));
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "site")]
    [InlineData("new", "site", "--title", "某县", "--authority", "某县财政局")]
    [InlineData("new", "site", "--title", "某县", "--authority", "某县财政局", "--base-url", "https://x.gov.cn/", "--year", "明年")]
    public void Missing_settings_exit_2_naming_what_is_missing_and_write_nothing(params string[] args)
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sitegen: ", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
