using System.Numerics;
using SiteGen.Model;

namespace SiteGen.Rendering.Search;

/// <summary>
/// The files of the search index, known from the site's size alone (a build lists every file before making any):
/// a small head, the terms in shards and the entries in blocks. The search page loads the head, then only the shards
/// of the query's terms and the blocks of the results it shows, so what a reader downloads stays about the same
/// however many years the archive keeps.
/// </summary>
/// <param name="Entries">The number of entries (departments, projects, indicator rows) of the whole site.</param>
/// <param name="Shards">The number of term shards, a power of two.</param>
public sealed record SearchLayout(int Entries, int Shards)
{
    /// <summary>Where the head goes, from the site root; <c>templates/pages/search.html</c> loads it.</summary>
    public const string HeadPath = "search/index.js";

    /// <summary>Entries per block: about 20 KB of titles, contexts and snippets, so the first results cost little.</summary>
    public const int BlockSize = 128;

    /// <summary>
    /// Entries per shard: about 60 KB of postings per shard, measured on the sample corpus (about 60 bytes of
    /// terms per entry); a larger site gets more shards, not larger ones.
    /// </summary>
    private const int EntriesPerShard = 1024;

    private const int MaxShards = 4096;

    public int Blocks => (Entries + BlockSize - 1) / BlockSize;

    public static SearchLayout For(Site site) => ForEntries(site.Disclosures.Sum(SearchDocuments.Count));

    public static SearchLayout ForEntries(int entries)
    {
        var shards = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp((entries + EntriesPerShard - 1) / EntriesPerShard, 1, MaxShards));
        return new SearchLayout(entries, shards);
    }

    /// <summary>Every file of the index: the head, then the shards, then the blocks.</summary>
    public IEnumerable<string> Paths =>
        [HeadPath, .. Enumerable.Range(0, Shards).Select(ShardPath), .. Enumerable.Range(0, Blocks).Select(BlockPath)];

    public static string ShardPart(int shard) => "t/" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string BlockPart(int block) => "e/" + block.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ShardPath(int shard) => PathOf(ShardPart(shard));

    public static string BlockPath(int block) => PathOf(BlockPart(block));

    /// <summary>
    /// The shard of a term, as <c>assets/search.js</c> computes it: FNV-1a over the UTF-16 units of its key. A Han
    /// term's key is the term; an ASCII word's key is its first two characters, so every word a query's word is the
    /// prefix of lies in one shard (a one-letter query looks in the shards of all its two-letter keys).
    /// </summary>
    public int ShardOf(string term)
    {
        var key = term.Length > 0 && char.IsAscii(term[0]) && term.Length > 2 ? term[..2] : term;
        var hash = 2166136261u;
        foreach (var unit in key)
        {
            hash = (hash ^ unit) * 16777619u;
        }

        return (int)(hash & (uint)(Shards - 1));
    }

    private static string PathOf(string part) => "search/" + part + ".js";
}
