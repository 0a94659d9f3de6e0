using System.Text.RegularExpressions;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Templates;

/// <summary>Template mistakes are diagnostics at the template's line and column, and nothing is published.</summary>
public sealed class TemplateErrorTests
{
    private static readonly string BaseContent = Path.Join(RepoPaths.Golden, "Broken", "_base", "content");

    private static (BuildResult Result, TempFolder Folder) BuildWith(Action<string> breakTemplates)
    {
        var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Templates, "templates");
        breakTemplates(folder.Join("templates"));
        var result = SiteBuilder.Build(new BuildOptions(BaseContent, folder.Join("templates"), folder.Join("output")));
        return (result, folder);
    }

    private static void Prepend(string file, string text) => File.WriteAllText(file, text + File.ReadAllText(file));

    [Fact]
    public void A_syntax_error_names_the_template_line_and_column()
    {
        var (result, folder) = BuildWith(t => Prepend(Path.Join(t, "pages", "year.html"), "<p>\n{{ if }}\n"));
        using var _ = folder;

        var error = result.Diagnostics.First(d => d.Code == "SG5002");
        Assert.EndsWith(Path.Join("templates", "pages", "year.html"), error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(folder.Join("output")));
    }

    [Theory]
    [InlineData("{{ no_such_variable }}")]
    [InlineData("{{ page.titel }}")]
    [InlineData("{{ for y in years }}{{ y.yaer }}{{ end }}")]
    public void A_missing_variable_or_misspelt_member_fails_the_build_at_its_position(string line)
    {
        var (result, folder) = BuildWith(t => Prepend(Path.Join(t, "pages", "home.html"), "\n" + line + "\n"));
        using var _ = folder;

        var error = Assert.Single(result.Diagnostics, d => d.Code == "SG5003");
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("index.html", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Join("output")));
    }

    [Fact]
    public void A_required_template_missing_from_the_site_s_folder_is_the_built_in_one()
    {
        var (result, folder) = BuildWith(t => File.Delete(Path.Join(t, "pages", "disclosure.html")));
        using var _ = folder;

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SG5001");
    }

    [Fact]
    public void An_include_of_an_unknown_partial_is_reported()
    {
        var (result, folder) = BuildWith(t => Prepend(Path.Join(t, "pages", "home.html"), "{{ include \"partials/nope\" }}"));
        using var _ = folder;

        Assert.Contains("partials/nope", Assert.Single(result.Diagnostics, d => d.Code == "SG5003").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_escaped_and_partials_are_not_escaped_twice()
    {
        var (result, folder) = BuildWith(t => Prepend(Path.Join(t, "pages", "home.html"), "{{ \"<b>&</b>\" }}|{{ include \"partials/breadcrumbs\" }}"));
        using var _ = folder;

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = File.ReadAllText(folder.Join("output", "index.html"));
        Assert.Contains("&lt;b&gt;&amp;&lt;/b&gt;|", home, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;nav", home, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_kept_in_a_variable_renders_where_the_variable_is_written_and_the_same_as_a_statement()
    {
        var (result, folder) = BuildWith(t => Prepend(Path.Join(t, "pages", "home.html"),
            "<p id=\"kept\">{{ crumbs = include \"partials/breadcrumbs\" }}[{{ crumbs }}]</p><p id=\"direct\">[{{ include \"partials/breadcrumbs\" }}]</p>"));
        using var _ = folder;

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = File.ReadAllText(folder.Join("output", "index.html"));
        var kept = Regex.Match(home, "<p id=\"kept\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        var direct = Regex.Match(home, "<p id=\"direct\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith("[<nav", kept, StringComparison.Ordinal);
        Assert.Equal(direct, kept);
    }
}
