using SiteGen.Model;

namespace SiteGen.Rendering.Search;

/// <summary>The files search adds to the site: only the index script; the search page is a template.</summary>
public static class SearchFiles
{
    /// <summary>Where the index goes, from the site root; <c>templates/pages/search.html</c> loads it.</summary>
    public const string IndexPath = "search/index.js";

    public static IReadOnlyList<OutputFile> For(Site site) => [.. Planned(site).Select(f => f.Make())];

    /// <summary>The same files, each made only when asked for.</summary>
    public static IReadOnlyList<PlannedFile> Planned(Site site) =>
        [new PlannedFile(IndexPath, () => SearchIndex.Build(SearchDocuments.For(site)).ToScript())];
}
