using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Commands;

/// <summary>`sitegen templates` and where build finds its templates: the site's own beside its content, else the built-in ones.</summary>
public sealed class TemplatesCommandTests
{
    [Fact]
    public void Copied_out_templates_are_used_and_a_changed_one_changes_only_its_pages()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--output", "before").ExitCode);

        var copied = CliRunner.Run(site.Path, "templates", "--output", "templates");
        Assert.Equal(0, copied.ExitCode);
        Assert.Equal(GoldenFiles.ListFiles(RepoPaths.Templates), GoldenFiles.ListFiles(site.Join("templates")));
        File.AppendAllText(site.Join("templates", "pages", "disclosure.html"), "<p>本县的说明</p>\n");

        var build = CliRunner.Run(site.Path, "build", "--output", "after", "--verbose");

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("sitegen build: templates: templates（站点自己的模板", build.StdOut, StringComparison.Ordinal);
        var changed = GoldenFiles.ListFiles(site.Join("after"))
            .Where(f => !File.ReadAllBytes(site.Join("after", f)).AsSpan().SequenceEqual(File.ReadAllBytes(site.Join("before", f))))
            .ToList();
        Assert.Equal(["2020/224002/index.html", "sitegen-manifest.json"], changed);
    }

    [Fact]
    public void A_changed_template_is_kept_when_templates_are_copied_out_again_unless_force()
    {
        using var site = new TempFolder();
        Assert.Equal(0, CliRunner.Run(site.Path, "templates").ExitCode);
        File.WriteAllText(site.Join("templates", "layout.html"), "mine");

        var again = CliRunner.Run(site.Path, "templates");
        Assert.Equal("mine", File.ReadAllText(site.Join("templates", "layout.html")));
        Assert.Contains("layout.html: info:", again.StdErr, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run(site.Path, "templates", "--force").ExitCode);
        Assert.Equal(File.ReadAllText(Path.Join(RepoPaths.Templates, "layout.html")), File.ReadAllText(site.Join("templates", "layout.html")));
    }

    [Fact]
    public void Run_from_another_folder_build_uses_the_templates_beside_the_content_or_the_built_in_ones()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, Path.Join("县网站", "content"));
        using var elsewhere = new TempFolder();

        var builtIn = CliRunner.Run(elsewhere.Path, "build", "--content", site.Join("县网站", "content"), "--output", site.Join("out1"), "--verbose");
        Assert.True(builtIn.ExitCode == 0, builtIn.StdErr);
        Assert.Contains("templates: 内置模板", builtIn.StdOut, StringComparison.Ordinal);

        site.CopyFrom(RepoPaths.Templates, Path.Join("县网站", "templates"));
        var own = CliRunner.Run(elsewhere.Path, "build", "--content", site.Join("县网站", "content"), "--output", site.Join("out2"), "--verbose");
        Assert.True(own.ExitCode == 0, own.StdErr);
        Assert.Contains($"templates: {site.Join("县网站", "templates")}（站点自己的模板", own.StdOut, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public void A_templates_folder_named_on_the_command_line_that_does_not_exist_is_SG5001()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");

        var result = CliRunner.Run(site.Path, "build", "--templates", "我的模板");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("我的模板(1,1): error SG5001: 模板目录不存在", result.StdErr, StringComparison.Ordinal);
    }
}
