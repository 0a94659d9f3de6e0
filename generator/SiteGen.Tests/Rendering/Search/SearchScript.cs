using System.Text.Json;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>
/// Runs the real assets/search.js under node against a built site's search/index.js: what a reader's
/// browser would find, without a browser. The index is loaded as a browser would, as a script setting
/// <c>window.SITEGEN_SEARCH</c>; search.js is required as the module it exports for node.
/// </summary>
internal static class SearchScript
{
    private const string Driver = """
        'use strict';
        const fs = require('fs');
        const vm = require('vm');
        const [indexFile, searchFile, queriesJson] = process.argv.slice(2);
        const sandbox = { window: {} };
        vm.runInNewContext(fs.readFileSync(indexFile, 'utf8'), sandbox, { filename: indexFile });
        const search = require(searchFile);
        const index = search.load(sandbox.window.SITEGEN_SEARCH);
        const pick = r => ({ kind: r.kind, title: r.title, context: r.context, url: r.url, snippet: r.snippet, titleHit: !!r.titleHit });
        const out = { entries: index.data.entries.map((_, n) => pick(search.entry(index, n))), results: {} };
        for (const q of JSON.parse(queriesJson)) out.results[q] = search.query(index, q).results.map(pick);
        process.stdout.write(JSON.stringify(out));
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public sealed record Hit(string Kind, string Title, string Context, string Url, string Snippet, bool TitleHit);

    public sealed record Output(List<Hit> Entries, Dictionary<string, List<Hit>> Results);

    /// <summary>Every entry of the index and the results of each query, in the order the page shows them.</summary>
    public static Output Run(string siteDir, params string[] queries)
    {
        var driver = Path.Join(siteDir, "..", "search-driver.js");
        File.WriteAllText(driver, Driver);
        var stdout = NodeRunner.Run(
            driver,
            Path.Join(siteDir, "search", "index.js"),
            Path.Join(RepoPaths.Templates, "assets", "search.js"),
            JsonSerializer.Serialize(queries));
        return JsonSerializer.Deserialize<Output>(stdout, Json)!;
    }
}
