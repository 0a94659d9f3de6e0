using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Model;

namespace SiteGen.Rendering.Search;

/// <summary>
/// An inverted index of the search entries, in the files <see cref="SearchLayout"/> names: each term (a Han
/// character, a Han bigram, an ASCII word or the tail of one from a letter/digit boundary) lists the entries that
/// contain it, in the shard of the term; each entry's title, context, address and snippet are stored once, in a
/// block of <see cref="SearchLayout.BlockSize"/> entries.
/// </summary>
/// <remarks>
/// Entries are numbered year by year, newest first, and within a year departments, then projects, then indicator
/// rows, each in site order: the head lists where each such group starts, so the script ranks every result by kind
/// and year from its number alone and loads the blocks of only the results it shows. The index is built a year and
/// a kind at a time, a chunk of disclosures on all cores, and each block is written as soon as it is full: no more
/// than a chunk's texts are held at once, only the postings and the written blocks (memory at 10,000 disclosures).
/// </remarks>
public sealed class SearchIndex
{
    /// <summary>The head script sets this global; <c>assets/search.js</c> reads it.</summary>
    public const string GlobalName = "SITEGEN_SEARCH";

    /// <summary>Each shard and block script calls this function of the search page with its part name and data.</summary>
    public const string PartFunction = "SITEGEN_SEARCH_PART";

    public const int FormatVersion = 2;

    /// <summary>Disclosures whose entries are made on all cores at once; bounds the texts held at a time.</summary>
    private const int Chunk = 256;

    /// <summary>Escapes &lt; &gt; &amp; quotes, U+2028 and U+2029 but keeps Chinese as UTF-8, so the files stay small and inert.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = Encoder };

    private readonly Dictionary<string, SearchPostings> _terms = new(StringComparer.Ordinal);
    private readonly List<byte[]> _blocks = [];
    private readonly List<(int Year, SearchKind Kind, int First)> _groups = [];
    private readonly List<SearchDocument> _block = new(SearchLayout.BlockSize);
    private int _count;

    private readonly Lazy<string[][]> _shardTerms;

    [ThreadStatic]
    private static Dictionary<string, bool>? t_entryTerms;

    [ThreadStatic]
    private static HashSet<string>? t_knownTerms;

    private SearchIndex(SearchLayout layout)
    {
        Layout = layout;
        _shardTerms = new(TermsByShard);
    }

    public SearchLayout Layout { get; }

    public static SearchIndex Build(Site site)
    {
        var index = new SearchIndex(SearchLayout.For(site));
        foreach (var year in site.Disclosures.GroupBy(d => d.Year).OrderByDescending(g => g.Key))
        {
            foreach (var kind in Enum.GetValues<SearchKind>())
            {
                index.AddGroup(year.Key, kind, [.. year]);
            }
        }

        index.WriteBlock();
        if (index._count != index.Layout.Entries)
        {
            throw new InvalidOperationException($"The search layout counted {index.Layout.Entries} entries, the index made {index._count}.");
        }

        return index;
    }

    /// <summary>The block script of entries <c>block × BlockSize</c> onwards.</summary>
    public byte[] Block(int block) => _blocks[block];

    /// <summary>The terms of a text, as the script looks them up: each Han character and bigram, each ASCII word and its tails.</summary>
    public static IReadOnlyList<string> TermsOf(string text)
    {
        var terms = new List<string>();
        EachTerm(text, term => terms.Add(term.ToString()));
        return terms;
    }

    /// <summary>Receives one term of a text, as a span of a buffer that the next term may reuse.</summary>
    private delegate void TermAction(ReadOnlySpan<char> term);

    /// <summary>Calls <paramref name="action"/> with each term of a text, in order (<see cref="TermsOf"/>).</summary>
    /// <remarks>
    /// Terms are spans, not strings: this runs over every word of every disclosure, and a string per term occurrence
    /// was most of the search stage's garbage; an entry's distinct terms become strings once (<see cref="TermsOfEntry"/>).
    /// A character is a term of its own wherever it stands, so a one-character query finds it in one shard.
    /// </remarks>
    private static void EachTerm(string text, TermAction action) => SearchText.EachRun(text, (isHan, run) =>
    {
        if (isHan)
        {
            // Each character is one or two UTF-16 units (extension B and later are surrogate pairs).
            for (var first = 0; first < run.Length;)
            {
                var second = CharEnd(run, first);
                action(run[first..second]);
                if (second < run.Length)
                {
                    action(run[first..CharEnd(run, second)]);
                }

                first = second;
            }
        }
        else
        {
            // 224-0603-YBN-W8XP: "w8xp" is found by "w8", and by "8x" or "xp" through its tails.
            for (var i = 0; i < run.Length; i++)
            {
                if (i == 0 || char.IsAsciiDigit(run[i]) != char.IsAsciiDigit(run[i - 1]))
                {
                    action(run[i..]);
                }
            }
        }
    });

    public static string KindLabel(SearchKind kind) => kind switch
    {
        SearchKind.Department => "部门",
        SearchKind.Project => "项目",
        SearchKind.Indicator => "指标",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static int CharEnd(ReadOnlySpan<char> text, int start) =>
        char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? start + 2 : start + 1;

    private void AddGroup(int year, SearchKind kind, Disclosure[] disclosures)
    {
        var first = _count;
        for (var start = 0; start < disclosures.Length; start += Chunk)
        {
            var chunk = disclosures[start..Math.Min(disclosures.Length, start + Chunk)];
            var made = new (SearchDocument Document, (string Term, bool InTitle)[] Terms)[chunk.Length][];
            OnOwnThreads(chunk.Length, i => made[i] = [.. SearchDocuments.OfKind(chunk[i], kind).Select(d => (d, TermsOfEntry(d)))]);
            foreach (var (document, terms) in made.SelectMany(m => m))
            {
                Add(document, terms);
            }
        }

        if (_count > first)
        {
            _groups.Add((year, kind, first));
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0 … count − 1 on threads of its own. The index is built inside whichever search
    /// file the build asks for first, while the thread pool's other threads wait for it: a Parallel.For here found no
    /// pool thread free and took 51 s instead of about one.
    /// </summary>
    private static void OnOwnThreads(int count, Action<int> body)
    {
        var next = -1;
        Exception? failure = null;
        var threads = Enumerable.Range(0, Math.Min(count, Environment.ProcessorCount)).Select(_ => new Thread(() =>
        {
            try
            {
                for (int i; (i = Interlocked.Increment(ref next)) < count;)
                {
                    body(i);
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>The distinct terms of an entry, each marked when its title has it (the script ranks those first).</summary>
    /// <remarks>
    /// The set is kept by the thread from entry to entry, and each term becomes a string once per thread: a set per
    /// entry growing to hundreds of terms, and a string per term of each entry, were most of the search stage's garbage.
    /// Both go with their thread, which is the index's own (<see cref="OnOwnThreads"/>): on pool threads they would
    /// keep every term of every build for as long as <c>sitegen serve</c> runs.
    /// </remarks>
    private static (string Term, bool InTitle)[] TermsOfEntry(SearchDocument document)
    {
        var terms = t_entryTerms ??= new(StringComparer.Ordinal);
        var known = (t_knownTerms ??= new(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        terms.Clear();
        EachTerm(document.Title, term => terms[Interned(known, term)] = true);
        EachTerm(document.Text, term =>
        {
            if (!lookup.ContainsKey(term))
            {
                terms.Add(Interned(known, term), false);
            }
        });
        return [.. terms.Select(t => (t.Key, t.Value))];
    }

    private static string Interned(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known, ReadOnlySpan<char> term)
    {
        if (!known.TryGetValue(term, out var interned))
        {
            interned = term.ToString();
            known.Add(interned);
        }

        return interned;
    }

    private void Add(SearchDocument document, (string Term, bool InTitle)[] terms)
    {
        var entry = _count++;
        foreach (var (term, inTitle) in terms)
        {
            if (!_terms.TryGetValue(term, out var postings))
            {
                _terms[term] = postings = new SearchPostings();
            }

            postings.Add(entry, inTitle);
        }

        _block.Add(document);
        if (_block.Count == SearchLayout.BlockSize)
        {
            WriteBlock();
        }
    }

    /// <summary>
    /// The full block as a script. Indicators of one project share their context line and page: each is stored once
    /// per block, in a table. Each entry: [title, context number, page number, anchor, snippet].
    /// </summary>
    private void WriteBlock()
    {
        if (_block.Count == 0)
        {
            return;
        }

        var contexts = new Table();
        var pages = new Table();
        var rows = _block.Select(d =>
        {
            var hash = d.Url.IndexOf('#', StringComparison.Ordinal);
            return (d, Context: contexts.Add(d.Context), Page: pages.Add(hash < 0 ? d.Url : d.Url[..hash]), Anchor: hash < 0 ? "" : d.Url[(hash + 1)..]);
        }).ToList();
        _blocks.Add(Part(SearchLayout.BlockPart(_blocks.Count), json =>
        {
            WriteStrings(json, "contexts", contexts.Items);
            WriteStrings(json, "pages", pages.Items);
            json.WriteStartArray("entries");
            foreach (var (d, context, page, anchor) in rows)
            {
                json.WriteStartArray();
                json.WriteStringValue(d.Title);
                json.WriteNumberValue(context);
                json.WriteNumberValue(page);
                json.WriteStringValue(anchor);
                json.WriteStringValue(d.Snippet);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }));
        _block.Clear();
    }

    /// <summary>What the page needs before any query: the labels, the sizes and where each year's kinds start.</summary>
    public byte[] Head()
    {
        using var buffer = new MemoryStream();
        buffer.Write("/* SiteGen search index: generated by sitegen build, do not edit. */\nwindow."u8);
        buffer.Write(Encoding.UTF8.GetBytes(GlobalName));
        buffer.Write(" = "u8);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            WriteStrings(json, "kinds", [.. Enum.GetValues<SearchKind>().Select(KindLabel)]);
            json.WriteNumber("entries", Layout.Entries);
            json.WriteNumber("block", SearchLayout.BlockSize);
            json.WriteNumber("shards", Layout.Shards);

            // Each group: [year, kind, number of its first entry]; a group runs to the next one's first entry.
            json.WriteStartArray("groups");
            foreach (var (year, kind, first) in _groups)
            {
                json.WriteStartArray();
                json.WriteNumberValue(year);
                json.WriteNumberValue((int)kind);
                json.WriteNumberValue(first);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write(";\n"u8);
        return buffer.ToArray();
    }

    /// <summary>The terms of one shard, in ordinal order, each with its postings (<see cref="SearchPostings"/>).</summary>
    public byte[] Shard(int shard) => Part(SearchLayout.ShardPart(shard), json =>
    {
        json.WriteStartObject("terms");
        foreach (var term in _shardTerms.Value[shard])
        {
            json.WriteString(term, _terms[term].Bytes);
        }

        json.WriteEndObject();
    });

    /// <summary>Each shard's terms in ordinal order, worked out once for all shards (the shards are made on all cores).</summary>
    private string[][] TermsByShard()
    {
        var shards = Enumerable.Range(0, Layout.Shards).Select(_ => new List<string>()).ToArray();
        foreach (var term in _terms.Keys)
        {
            shards[Layout.ShardOf(term)].Add(term);
        }

        return [.. shards.Select(s => s.Order(StringComparer.Ordinal).ToArray())];
    }

    /// <summary>A part script: <c>window.SITEGEN_SEARCH_PART("t/3", {…});</c>, which also loads from file:// pages.</summary>
    private static byte[] Part(string name, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        buffer.Write("window."u8);
        buffer.Write(Encoding.UTF8.GetBytes(PartFunction));
        buffer.Write("(\""u8);
        buffer.Write(Encoding.UTF8.GetBytes(name));
        buffer.Write("\", "u8);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        buffer.Write(");\n"u8);
        return buffer.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    /// <summary>Distinct strings numbered in order of first use.</summary>
    private sealed class Table
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];

        public IReadOnlyList<string> Items => _items;

        public int Add(string item)
        {
            if (!_numbers.TryGetValue(item, out var number))
            {
                _numbers[item] = number = _items.Count;
                _items.Add(item);
            }

            return number;
        }
    }
}
