using SiteGen.Model;

namespace SiteGen.Rendering.Search;

/// <summary>The files search adds to the site: the index's head, shards and blocks; the search page is a template.</summary>
public static class SearchFiles
{
    /// <summary>Where the head of the index goes, from the site root; <c>templates/pages/search.html</c> loads it.</summary>
    public const string IndexPath = SearchLayout.HeadPath;

    public static IReadOnlyList<OutputFile> For(Site site) => [.. Planned(site).Select(f => f.Make())];

    /// <summary>
    /// The same files, each made only when asked for. Their paths come from the site's size; the index behind them is
    /// built once, by whichever file is asked for first.
    /// </summary>
    public static IReadOnlyList<PlannedFile> Planned(Site site)
    {
        var layout = SearchLayout.For(site);
        var index = new Lazy<SearchIndex>(() => SearchIndex.Build(site), LazyThreadSafetyMode.ExecutionAndPublication);
        return
        [
            new PlannedFile(SearchLayout.HeadPath, () => index.Value.Head()),
            .. Enumerable.Range(0, layout.Shards).Select(s => new PlannedFile(SearchLayout.ShardPath(s), () => index.Value.Shard(s))),
            .. Enumerable.Range(0, layout.Blocks).Select(b => new PlannedFile(SearchLayout.BlockPath(b), () => index.Value.Block(b))),
        ];
    }

    /// <summary>Every path of the index for this site, as <see cref="Planned"/> makes them.</summary>
    public static IEnumerable<string> Paths(Site site) => SearchLayout.For(site).Paths;
}
