using System.Text.Json;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>
/// Runs the real assets/search.js under node against a built site's search index: what a reader's browser would
/// find, without a browser. Each part is run as a browser runs it, as a script that sets <c>window.SITEGEN_SEARCH</c>
/// (the head) or calls <c>window.SITEGEN_SEARCH_PART</c> (a shard or block); search.js is required as the module it
/// exports for node.
/// </summary>
internal static class SearchScript
{
    private const string Driver = """
        'use strict';
        const fs = require('fs');
        const path = require('path');
        const vm = require('vm');
        const [siteDir, searchFile, queriesJson] = process.argv.slice(2);
        const loaded = [];
        function run(name) {
          const file = path.join(siteDir, 'search', name + '.js');
          loaded.push({ name: name, bytes: fs.statSync(file).size });
          const sandbox = { window: {} };
          let part = null;
          sandbox.window.SITEGEN_SEARCH_PART = function (n, data) { if (n !== name) throw new Error(file + ' names itself ' + n); part = data; };
          vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox, { filename: file });
          return { head: sandbox.window.SITEGEN_SEARCH, part: part };
        }
        const search = require(searchFile);
        const pick = r => ({ kind: r.kind, title: r.title, context: r.context, url: r.url, snippet: r.snippet, titleHit: !!r.titleHit });
        (async () => {
          const head = run('index').head;
          const index = search.open(head, name => Promise.resolve(run(name).part));
          const all = Array.from({ length: head.entries }, (_, n) => ({ n: n, titleHit: false }));
          const out = { entries: (await search.entries(index, all)).map(pick), results: {}, loaded: {} };
          for (const q of JSON.parse(queriesJson)) {
            // Each query on a fresh page: what it loads is what a reader's browser loads for it.
            loaded.length = 0;
            const fresh = search.open(run('index').head, name => Promise.resolve(run(name).part));
            const found = await search.query(fresh, q);
            const first = await search.entries(fresh, found.hits.slice(0, 20));
            out.loaded[q] = loaded.slice();
            out.results[q] = first.concat(await search.entries(fresh, found.hits.slice(20))).map(pick);
          }
          process.stdout.write(JSON.stringify(out));
        })().catch(e => { console.error(e); process.exit(1); });
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public sealed record Hit(string Kind, string Title, string Context, string Url, string Snippet, bool TitleHit);

    /// <summary>A part of the index a query loaded (<c>index</c>, <c>t/3</c>, <c>e/0</c>) and its size in bytes.</summary>
    public sealed record Part(string Name, long Bytes);

    public sealed record Output(List<Hit> Entries, Dictionary<string, List<Hit>> Results, Dictionary<string, List<Part>> Loaded);

    /// <summary>
    /// Every entry of the index (in entry order), the results of each query in the order the page shows them, and the
    /// parts of the index each query loaded up to its first 20 results, as a page that just opened loads them.
    /// </summary>
    public static Output Run(string siteDir, params string[] queries)
    {
        var driver = Path.Join(siteDir, "..", "search-driver.js");
        File.WriteAllText(driver, Driver);
        var stdout = NodeRunner.Run(
            driver,
            siteDir,
            Path.Join(RepoPaths.Templates, "assets", "search.js"),
            JsonSerializer.Serialize(queries));
        return JsonSerializer.Deserialize<Output>(stdout, Json)!;
    }
}
