using SiteGen.Diagnostics;
using SiteGen.Rendering.Templates;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Templates;

/// <summary>The built-in templates, and a site's own templates folder over them file by file (Hugo's lookup order).</summary>
public sealed class TemplateSetTests
{
    [Fact]
    public void The_built_in_templates_are_the_repository_s_templates_folder_byte_for_byte()
    {
        var folder = GoldenFiles.ListFiles(RepoPaths.Templates).Where(f => !TemplatePaths.IsHidden(f)).ToList();

        Assert.Equal(folder, BuiltInTemplates.All.Select(f => f.Name));
        Assert.All(BuiltInTemplates.All, f => Assert.Equal(File.ReadAllBytes(Path.Join(RepoPaths.Templates, f.Name)), f.Read()));
        Assert.All(BuiltInTemplates.All, f => Assert.Equal("内置模板/" + f.Name, f.DisplayPath));
    }

    [Fact]
    public void A_site_without_templates_builds_the_same_bytes_as_with_the_repository_s_templates()
    {
        using var site = new TempFolder();

        var builtIn = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, null, site.Join("built-in")));
        var folder = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, site.Join("folder")));

        Assert.True(builtIn.Succeeded && folder.Succeeded, string.Join("\n", builtIn.Diagnostics.Concat(folder.Diagnostics)));
        Assert.Equal(Hashes(site.Join("folder")), Hashes(site.Join("built-in")));
    }

    [Fact]
    public void A_file_of_the_site_s_folder_replaces_the_built_in_one_of_its_name_and_only_that_one()
    {
        using var site = new TempFolder();
        Directory.CreateDirectory(site.Join("templates", "pages"));
        var year = BuiltInTemplates.All.Single(f => f.Name == "pages/year.html");
        File.WriteAllText(site.Join("templates", "pages", "year.html"), System.Text.Encoding.UTF8.GetString(year.Read()) + "<p>本县自定义</p>\n");

        var custom = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, site.Join("templates"), site.Join("custom")));
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, null, site.Join("plain")));

        Assert.True(custom.Succeeded, string.Join("\n", custom.Diagnostics));
        var before = Hashes(site.Join("plain"));
        var after = Hashes(site.Join("custom"));
        var changed = after.Keys.Where(k => before[k] != after[k]).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("2020/index.html", changed);
        Assert.All(changed, page => Assert.True(page == "2020/index.html" || page == "sitegen-manifest.json", page));
        Assert.Contains("本县自定义", File.ReadAllText(site.Join("custom", "2020", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_names_the_site_s_file_and_a_built_in_template_is_named_as_one()
    {
        using var site = new TempFolder();
        Directory.CreateDirectory(site.Join("templates", "pages"));
        File.WriteAllText(site.Join("templates", "pages", "home.html"), "{{ for x in }}\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(TemplateSet.Load(site.Join("templates"), diagnostics));
        Assert.All(diagnostics.Sorted(), error =>
        {
            Assert.Equal(("SG5002", Path.Join(site.Join("templates"), "pages", "home.html")), (error.Code, error.Location.Path));
            Assert.DoesNotContain("内置", error.Message, StringComparison.Ordinal);
        });
        Assert.NotEmpty(diagnostics.Sorted());

        var builtIn = TemplateSet.Load(null, new DiagnosticBag())!;
        Assert.Equal("内置模板/pages/disclosure.html", builtIn.DisplayPathOf("pages/disclosure"));
        Assert.Contains("sitegen templates --output templates", TemplateErrors.HintFor(builtIn.DisplayPathOf("pages/disclosure")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_templates_folder_that_was_named_but_does_not_exist_is_SG5001()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(TemplateSet.Load(Path.Join(Path.GetTempPath(), "sitegen-no-such-templates"), diagnostics));
        Assert.Equal("SG5001", Assert.Single(diagnostics.Sorted()).Code);
    }

    [Theory]
    [InlineData(@"pages\home.html", '\\', "pages/home.html")]
    [InlineData(@"assets\图标\徽标.svg", '\\', "assets/图标/徽标.svg")]
    [InlineData("pages/home.html", '/', "pages/home.html")]
    public void A_template_is_named_with_slashes_whatever_the_system_s_separator(string relative, char separator, string name) =>
        Assert.Equal(name, TemplatePaths.Name(relative, separator));

    private static Dictionary<string, string> Hashes(string dir) =>
        GoldenFiles.ListFiles(dir).ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Join(dir, f)))));
}
