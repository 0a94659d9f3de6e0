using System.Text;
using SiteGen.Output;
using SiteGen.Preview;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Preview;

/// <summary>
/// The preview's incremental builder on a copy of the County fixture: after every edit, what it serves is byte for
/// byte what <c>sitegen build</c> publishes for the same files (without the manifest and the .sitegen marker, which
/// describe a published folder), while it renders only what the edit reaches.
/// </summary>
public sealed class IncrementalBuilderTests : IDisposable
{
    private const string Project = "2021/900001/projects/1-学生资助补助经费.yml";
    private readonly TempFolder _folder = new();

    public IncrementalBuilderTests()
    {
        _folder.CopyFrom(CountySite.ContentDir, "content");
        _folder.CopyFrom(RepoPaths.Templates, "templates");
    }

    private string Content => _folder.Join("content");

    private string Templates => _folder.Join("templates");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_edit_of_one_project_renders_only_what_shows_it_and_gives_the_same_site_as_a_full_build()
    {
        var builder = new IncrementalBuilder(Content, Templates);
        var first = builder.Rebuild();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.True(first.Full);
        AssertSameAsFullBuild(builder.Current);

        Edit(Project, "name: 学生资助补助经费", "name: 学生资助补助经费（修订）");
        var edit = builder.Rebuild();

        Assert.True(edit.Succeeded, string.Join("\n", edit.Diagnostics));
        Assert.False(edit.Full);
        Assert.True(edit.Changed);
        Assert.Contains("2021/900001/index.html", edit.Rendered);
        Assert.Contains("2021/900001/data.json", edit.Rendered);
        Assert.Contains("2021/index.html", edit.Rendered);
        Assert.Contains("index.html", edit.Rendered);
        Assert.Contains("search/index.js", edit.Rendered);
        Assert.Contains("2021/projects.csv", edit.Rendered);
        // Other years of the same department link to it; another department's page of another year does not.
        Assert.Contains("2020/900001/index.html", edit.Rendered);
        Assert.DoesNotContain("2020/900003/index.html", edit.Rendered);
        Assert.DoesNotContain("2020/projects.csv", edit.Rendered);
        Assert.DoesNotContain("404.html", edit.Rendered);
        Assert.Contains("学生资助补助经费（修订）", Encoding.UTF8.GetString(builder.Current.File("2021/900001/index.html")!), StringComparison.Ordinal);
        AssertSameAsFullBuild(builder.Current);
    }

    [Fact]
    public void After_each_edit_of_content_templates_and_settings_the_site_is_still_the_full_build()
    {
        var builder = new IncrementalBuilder(Content, Templates);
        Assert.True(Step(builder).Full);

        // Content: a value, a project added, a project's file deleted, a whole disclosure deleted.
        Edit(Project, "target: ≥1200人", "target: ≥12500人");
        var value = Step(builder);
        Assert.False(value.Full);
        Assert.Contains("2021/900001/index.html", value.Rendered);
        Assert.DoesNotContain("2020/900003/index.html", value.Rendered);
        Assert.Contains("≥12500人", Page(builder, "2021/900001/index.html"), StringComparison.Ordinal);

        var added = _folder.Join("content", "2021", "900001", "projects", "3-新增项目.yml");
        File.WriteAllText(added, File.ReadAllText(_folder.Join("content", Project))
            .Replace("code: SX-JY-0001", "code: SX-JY-0901", StringComparison.Ordinal)
            .Replace("name: 学生资助补助经费", "name: 新增的助学项目", StringComparison.Ordinal));
        Assert.False(Step(builder).Full);
        Assert.Contains("新增的助学项目", Page(builder, "2021/900001/index.html"), StringComparison.Ordinal);

        File.Delete(added);
        File.Delete(_folder.Join("content", "2021", "900001", "projects", "2-校舍维修改造.yml"));
        var deletedProjects = Step(builder);
        Assert.Contains("2021/900001/index.html", deletedProjects.Rendered);
        Assert.DoesNotContain("新增的助学项目", Page(builder, "2021/900001/index.html"), StringComparison.Ordinal);

        Directory.Delete(_folder.Join("content", "2021", "900003"), recursive: true);
        var deletedDisclosure = Step(builder);
        Assert.Equal(["2021/900003/data.json", "2021/900003/datapackage.json", "2021/900003/index.html", "2021/900003/indicators.csv"], deletedDisclosure.Removed);
        Assert.Contains("2020/900003/index.html", deletedDisclosure.Rendered); // its other years no longer link to it

        // A new year (every year page links to it), then the disclosure moved to another department code, then gone.
        _folder.CopyFrom(_folder.Join("content", "2022", "900002"), Path.Join("content", "2023", "900002"));
        Edit("2023/900002/disclosure.yml", "year: 2022", "year: 2023");
        Step(builder);
        Edit("2021/900004/disclosure.yml", "code: \"900004\"", "code: \"900009\"", orElse: ("code: 900004", "code: 900009"));
        Step(builder);
        Directory.Delete(_folder.Join("content", "2023"), recursive: true);
        Assert.Contains("2023/index.html", Step(builder).Removed);

        // Templates: a page template, a partial, a broken template (the last good site stays) and its fix, assets.
        File.AppendAllText(_folder.Join("templates", "pages", "disclosure.html"), "\n<!-- edited page -->\n");
        Assert.True(Step(builder).Full);
        File.AppendAllText(_folder.Join("templates", "partials", "breadcrumbs.html"), "\n<!-- edited -->\n");
        Assert.True(Step(builder).Full);
        var good = builder.Current;
        var year = _folder.Join("templates", "pages", "year.html");
        var yearTemplate = File.ReadAllText(year);
        File.AppendAllText(year, "{{ if }}");
        var broken = builder.Rebuild();
        Assert.False(broken.Succeeded);
        Assert.Same(good, builder.Current);
        File.WriteAllText(year, yearTemplate);
        Step(builder);

        File.AppendAllText(_folder.Join("templates", "assets", "site.css"), "\n/* edited */\n");
        Step(builder);
        File.WriteAllText(_folder.Join("templates", "assets", "print.css"), "main { margin: 0; }\n");
        Assert.NotNull(Step(builder).Site.File("assets/print.css"));
        File.Delete(_folder.Join("templates", "assets", "print.css"));
        Assert.Equal(["assets/print.css"], Step(builder).Removed);

        // Settings: site.yml shows on every page.
        Edit("site.yml", "title: 示例县预算绩效目标公开", "title: 示例县预算绩效目标公开（预览）");
        Assert.True(Step(builder).Full);
        Assert.Contains("示例县预算绩效目标公开（预览）", Page(builder, "404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_keeps_the_last_good_site_with_its_diagnostics_and_a_fix_recovers()
    {
        var builder = new IncrementalBuilder(Content, Templates);
        Assert.True(builder.Rebuild().Succeeded);
        var good = builder.Current;
        var original = File.ReadAllText(_folder.Join("content", Project));

        File.AppendAllText(_folder.Join("content", Project), "name: [broken\n");
        var broken = builder.Rebuild();

        Assert.False(broken.Succeeded);
        Assert.Same(good, broken.Site);
        Assert.Same(good, builder.Current);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == SiteGen.Diagnostics.Severity.Error);
        Assert.Equal("SG1003", error.Code);
        Assert.EndsWith("1-学生资助补助经费.yml", error.Location.Path, StringComparison.Ordinal);

        File.WriteAllText(_folder.Join("content", Project), original.Replace("name: 学生资助补助经费", "name: 学生资助补助经费（已修正）", StringComparison.Ordinal));
        var fixedBuild = builder.Rebuild();
        Assert.True(fixedBuild.Succeeded, string.Join("\n", fixedBuild.Diagnostics));
        Assert.NotSame(good, builder.Current);
        AssertSameAsFullBuild(builder.Current);
    }

    [Fact]
    public void A_save_that_changes_nothing_rendered_does_not_change_the_site()
    {
        var builder = new IncrementalBuilder(Content, Templates);
        Assert.True(builder.Rebuild().Succeeded);

        var again = builder.Rebuild();

        Assert.True(again.Succeeded);
        Assert.False(again.Changed);
        Assert.Empty(again.Rendered);
    }

    /// <summary>One rebuild, which must succeed and give what a full build of the same files publishes, through the same stages.</summary>
    private PreviewBuild Step(IncrementalBuilder builder)
    {
        var build = builder.Rebuild();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var full = AssertSameAsFullBuild(builder.Current);
        Assert.Equal(full.Stages.Select(s => s.Stage), build.Stages.Select(s => s.Stage));
        return build;
    }

    private static string Page(IncrementalBuilder builder, string path) => Encoding.UTF8.GetString(builder.Current.File(path)!);

    private void Edit(string path, string from, string to, (string From, string To)? orElse = null)
    {
        var file = _folder.Join("content", path);
        var text = File.ReadAllText(file);
        if (!text.Contains(from, StringComparison.Ordinal) && orElse is { } other)
        {
            (from, to) = other;
        }

        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private BuildResult AssertSameAsFullBuild(PreviewSite site)
    {
        using var output = new TempFolder();
        var result = SiteBuilder.Build(new BuildOptions(Content, Templates, output.Join("site")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var built = Directory.EnumerateFiles(output.Join("site"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output.Join("site"), f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p != SiteManifest.FileName && p != SiteWriter.MarkerFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(built, site.Files.Keys.Order(StringComparer.Ordinal).ToList());
        foreach (var path in built)
        {
            Assert.True(File.ReadAllBytes(output.Join("site", path)).AsSpan().SequenceEqual(site.File(path)), $"{path} differs from the full build");
        }

        return result;
    }
}
