using System.Globalization;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Search;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>How text becomes terms, and the index file: the same bytes every time, and inert inside a page.</summary>
public sealed class SearchIndexTests
{
    private static readonly string County = Path.Join(RepoPaths.Golden, "County", "content");

    [Theory]
    [InlineData("学生资助", "学生 生资 资助")]
    [InlineData("危桥改造、送戏", "危桥 桥改 改造 送戏")]
    [InlineData("≥6座", "6 座")]
    [InlineData("SX-JY-0001", "sx jy 0001")]
    [InlineData("224-0603-YBN-W8XP", "224 0603 ybn w8xp 8xp xp")]
    [InlineData("ＳＸ－ＪＹ　１２", "sx jy 12")]
    [InlineData("𠀀𠀁字", "𠀀𠀁 𠀁字")]
    public void Han_text_is_cut_into_bigrams_and_ascii_into_words_and_their_tails(string text, string terms)
    {
        Assert.Equal(terms.Split(' '), SearchIndex.TermsOf(text));
    }

    [Fact]
    public void Normalising_keeps_every_character_in_its_place()
    {
        Assert.Equal("sx-jy 资助 a1", SearchText.Normalise("ＳＸ－ＪＹ　资助 A1"));
    }

    [Fact]
    public void The_search_files_are_only_the_index_script()
    {
        var file = Assert.Single(SearchFiles.For(Load(County)));

        Assert.Equal("search/index.js", file.Path);
        Assert.StartsWith("/* SiteGen search index", Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_site_gives_the_same_index_bytes_whatever_the_culture()
    {
        var first = SearchFiles.For(Load(County))[0].Content;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR"); // where "I".ToLower() is not "i"
            var second = SearchFiles.For(Load(County))[0].Content;
            Assert.Equal(first, second);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Markup_in_a_name_cannot_close_the_script_and_is_found_as_written()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(Path.Join(RepoPaths.Golden, "Broken", "_base", "content"), "content");
        var project = Directory.EnumerateFiles(folder.Join("content"), "*.yml", SearchOption.AllDirectories).Single(f => f.Contains("projects", StringComparison.Ordinal));
        const string Name = "危险</script><script>alert(1)</script>&amp;\u2028<!--";
        File.WriteAllText(project, File.ReadAllText(project).Replace("name: 示例项目运行经费", "name: \"危险</script><script>alert(1)</script>&amp;\\u2028<!--\"", StringComparison.Ordinal));
        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var bytes = File.ReadAllBytes(folder.Join("output", "search", "index.js"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("</script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", text, StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('\u2028', text);

        var hits = SearchScript.Run(folder.Join("output"), "alert").Results["alert"];
        Assert.Equal(Name, Assert.Single(hits).Title);
    }

    private static Site Load(string content)
    {
        var diagnostics = new DiagnosticBag();
        return SiteModelBuilder.Build(ContentLoader.Load(content, diagnostics), diagnostics)!;
    }
}
