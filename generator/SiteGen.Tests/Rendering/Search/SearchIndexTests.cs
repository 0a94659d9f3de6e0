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
    [InlineData("学生资助", "学 学生 生 生资 资 资助 助")]
    [InlineData("危桥改造、送戏", "危 危桥 桥 桥改 改 改造 造 送 送戏 戏")]
    [InlineData("≥6座", "6 座")]
    [InlineData("SX-JY-0001", "sx jy 0001")]
    [InlineData("224-0603-YBN-W8XP", "224 0603 ybn w8xp 8xp xp")]
    [InlineData("ＳＸ－ＪＹ　１２", "sx jy 12")]
    [InlineData("𠀀𠀁字", "𠀀 𠀀𠀁 𠀁 𠀁字 字")]
    [InlineData("资\uD800助", "资 助")] // a lone surrogate separates, as the script's U+FFFD does
    [InlineData("5G网络A区", "5g g 网 网络 络 a 区")]
    public void Han_text_is_cut_into_characters_and_bigrams_and_ascii_into_words_and_their_tails(string text, string terms)
    {
        Assert.Equal(terms.Split(' '), SearchIndex.TermsOf(text));
    }

    [Fact]
    public void A_long_text_is_cut_as_its_parts_are()
    {
        // Past 512 characters the text is normalised in a pooled buffer instead of on the stack.
        var parts = Enumerable.Range(0, 200).Select(i => $"学生资助 SX-{i}").ToList();
        Assert.Equal(parts.SelectMany(SearchIndex.TermsOf), SearchIndex.TermsOf(string.Join("，", parts)));
    }

    [Fact]
    public void Normalising_keeps_every_character_in_its_place()
    {
        Assert.Equal("sx-jy 资助 a1", SearchText.Normalise("ＳＸ－ＪＹ　资助 A1"));
    }

    [Fact]
    public void The_search_files_are_the_head_its_shards_and_its_blocks_each_naming_itself()
    {
        var site = Load(County);
        var files = SearchFiles.For(site);
        var layout = SearchLayout.For(site);

        Assert.Equal(layout.Paths, files.Select(f => f.Path));
        Assert.Equal("search/index.js", files[0].Path);
        Assert.StartsWith("/* SiteGen search index", Encoding.UTF8.GetString(files[0].Content), StringComparison.Ordinal);
        Assert.Equal((layout.Entries + SearchLayout.BlockSize - 1) / SearchLayout.BlockSize, files.Count(f => f.Path.StartsWith("search/e/", StringComparison.Ordinal)));
        foreach (var file in files.Skip(1))
        {
            var part = file.Path["search/".Length..^".js".Length];
            Assert.StartsWith($"window.SITEGEN_SEARCH_PART(\"{part}\", {{", Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_bigger_site_gets_more_shards_not_bigger_ones()
    {
        // The county (a few hundred entries) is one shard; the sample's 1,000 and 10,000 disclosures (about 80 entries
        // each) get more shards of about the same size, at most 1,024 entries' terms each on average.
        Assert.Equal(1, SearchLayout.For(Load(County)).Shards);
        foreach (var entries in new[] { 1_000, 80_000, 800_000 })
        {
            var layout = SearchLayout.ForEntries(entries);
            Assert.True(entries / layout.Shards <= 1024 && (layout.Shards & (layout.Shards - 1)) == 0, $"{entries} entries in {layout.Shards} shards");
            Assert.Equal(layout.Shards, layout.Paths.Count(p => p.StartsWith("search/t/", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_same_site_gives_the_same_index_bytes_whatever_the_culture()
    {
        var first = SearchFiles.For(Load(County)).SelectMany(f => f.Content).ToArray();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR"); // where "I".ToLower() is not "i"
            var second = SearchFiles.For(Load(County)).SelectMany(f => f.Content).ToArray();
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

        var text = string.Concat(Directory.EnumerateFiles(folder.Join("output", "search"), "*.js", SearchOption.AllDirectories).Select(File.ReadAllText));
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
