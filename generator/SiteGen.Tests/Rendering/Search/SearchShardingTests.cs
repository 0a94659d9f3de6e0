using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>
/// On an archive of some size (the 30 × 4 sample, several thousand entries), a search downloads the index's head,
/// the shards of its own terms and the blocks of the results it shows first: not the whole index, and still every
/// result the whole index holds.
/// </summary>
public sealed class SearchShardingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _output;

    public SearchShardingTests()
    {
        var content = _folder.Join("content");
        Assert.True(SampleCorpus.Write(new SampleOptions(30, 4, 42, content)).Succeeded);
        _output = _folder.Join("output");
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Templates, _output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("满意度")]
    [InlineData("培训")]
    [InlineData("2021")]
    public void A_query_loads_its_own_shards_and_the_blocks_of_its_first_results_only(string query)
    {
        var shards = Directory.GetFiles(Path.Join(_output, "search", "t"), "*.js");
        var blocks = Directory.GetFiles(Path.Join(_output, "search", "e"), "*.js");
        Assert.True(shards.Length >= 4, $"{shards.Length} shards");
        var indexBytes = Directory.EnumerateFiles(Path.Join(_output, "search"), "*.js", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        var run = SearchScript.Run(_output, query);
        var loaded = run.Loaded[query];
        var results = run.Results[query];

        Assert.Equal("index", loaded[0].Name);
        Assert.NotEmpty(results);
        var loadedShards = loaded.Count(p => p.Name.StartsWith("t/", StringComparison.Ordinal));
        var loadedBlocks = loaded.Count(p => p.Name.StartsWith("e/", StringComparison.Ordinal));
        Assert.InRange(loadedShards, 1, 3);
        Assert.InRange(loadedBlocks, 1, Math.Min(20, results.Count));
        Assert.True(loadedBlocks < blocks.Length, $"{loadedBlocks} of {blocks.Length} blocks");
        Assert.True(loaded.Sum(p => p.Bytes) * 4 < indexBytes, $"{loaded.Sum(p => p.Bytes)} of {indexBytes} bytes");
        Assert.Equal(loaded.Count, loaded.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void Every_title_found_in_the_entries_is_found_by_a_search_for_it()
    {
        var run = SearchScript.Run(_output);
        var titles = run.Entries.Where(e => e.Kind == "项目").Select(e => e.Title).Distinct().Take(5).ToArray();
        var found = SearchScript.Run(_output, titles).Results;

        Assert.All(titles, title => Assert.Contains(found[title], hit => hit.Title == title && hit.TitleHit));
    }
}
