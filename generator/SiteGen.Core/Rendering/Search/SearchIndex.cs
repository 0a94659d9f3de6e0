using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Rendering.Search;

/// <summary>
/// An inverted index of the search entries: each term (a Han bigram, a lone Han character, an ASCII word or
/// the tail of one from a letter/digit boundary) lists the numbers of the entries that contain it. Entries
/// are stored once; the script finds ASCII prefixes by scanning the terms, so prefixes are not stored.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>The script sets this global; <c>assets/search.js</c> reads it.</summary>
    public const string GlobalName = "SITEGEN_SEARCH";

    public const int FormatVersion = 1;

    /// <summary>Escapes &lt; &gt; &amp; quotes, U+2028 and U+2029 but keeps Chinese as UTF-8, so the file stays small and inert.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private readonly SortedDictionary<string, IReadOnlyList<int>> _terms;

    private SearchIndex(IReadOnlyList<SearchDocument> documents, Dictionary<string, List<int>> terms)
    {
        Documents = documents;
        _terms = new(terms.ToDictionary(t => t.Key, t => (IReadOnlyList<int>)t.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>Each term and the ascending numbers of the entries that contain it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Terms => _terms;

    /// <summary>
    /// The index of the entries, on all cores: each range of entries is indexed on its own, in a hash table (a sorted
    /// one cost half the index's time in lookups), and the ranges are joined in order, so every term's entry numbers
    /// stay ascending; the terms are sorted once at the end.
    /// </summary>
    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        var ranges = Math.Min(documents.Count, Environment.ProcessorCount * 4);
        var parts = new Dictionary<string, List<int>>[ranges];
        Parallel.For(0, ranges, r =>
        {
            var part = parts[r] = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var n = documents.Count * r / ranges; n < documents.Count * (r + 1) / ranges; n++)
            {
                foreach (var term in TermsOf(documents[n].Title + "\n" + documents[n].Text))
                {
                    if (!part.TryGetValue(term, out var postings))
                    {
                        part[term] = postings = [];
                    }

                    if (postings.Count == 0 || postings[^1] != n)
                    {
                        postings.Add(n);
                    }
                }
            }
        });

        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (term, postings) in part)
            {
                if (terms.TryGetValue(term, out var all))
                {
                    all.AddRange(postings);
                }
                else
                {
                    terms[term] = postings;
                }
            }
        }

        return new SearchIndex(documents, terms);
    }

    /// <summary>The terms of a text, as the script looks them up.</summary>
    /// <remarks>
    /// Cut with indices into each run, not a list of one string per character: this runs over every word of every
    /// disclosure, and the per-character strings were a fifth of the search stage's time and much of its garbage.
    /// </remarks>
    public static IEnumerable<string> TermsOf(string text)
    {
        foreach (var (isHan, run) in SearchText.Runs(text))
        {
            if (isHan)
            {
                // Each character is one or two UTF-16 units (extension B and later are surrogate pairs).
                var first = 0;
                var second = CharEnd(run, first);
                if (second == run.Length)
                {
                    yield return run;
                }

                while (second < run.Length)
                {
                    var third = CharEnd(run, second);
                    yield return run[first..third];
                    first = second;
                    second = third;
                }
            }
            else
            {
                // 224-0603-YBN-W8XP: "w8xp" is found by "w8", and by "8x" or "xp" through its tails.
                for (var i = 0; i < run.Length; i++)
                {
                    if (i == 0 || char.IsAsciiDigit(run[i]) != char.IsAsciiDigit(run[i - 1]))
                    {
                        yield return i == 0 ? run : run[i..];
                    }
                }
            }
        }
    }

    private static int CharEnd(string text, int start) =>
        char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? start + 2 : start + 1;

    /// <summary>The index as one script, <c>window.SITEGEN_SEARCH = {…};</c>, which also loads from file:// pages.</summary>
    public byte[] ToScript()
    {
        using var buffer = new MemoryStream();
        buffer.Write("/* SiteGen search index: generated by sitegen build, do not edit. */\nwindow."u8);
        buffer.Write(Encoding.UTF8.GetBytes(GlobalName));
        buffer.Write(" = "u8);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            WriteStrings(json, "kinds", [.. Enum.GetValues<SearchKind>().Select(KindLabel)]);

            // Indicators of one project share their context line and page: each is stored once, in a table.
            var contexts = new Table();
            var pages = new Table();
            var entries = Documents.Select(d =>
            {
                var hash = d.Url.IndexOf('#', StringComparison.Ordinal);
                return (d, Context: contexts.Add(d.Context), Page: pages.Add(hash < 0 ? d.Url : d.Url[..hash]), Anchor: hash < 0 ? "" : d.Url[(hash + 1)..]);
            }).ToList();
            WriteStrings(json, "contexts", contexts.Items);
            WriteStrings(json, "pages", pages.Items);

            // Each entry: [kind, year, title, context number, page number, anchor, snippet].
            json.WriteStartArray("entries");
            foreach (var (d, context, page, anchor) in entries)
            {
                json.WriteStartArray();
                json.WriteNumberValue((int)d.Kind);
                json.WriteNumberValue(d.Year);
                json.WriteStringValue(d.Title);
                json.WriteNumberValue(context);
                json.WriteNumberValue(page);
                json.WriteStringValue(anchor);
                json.WriteStringValue(d.Snippet);
                json.WriteEndArray();
            }

            json.WriteEndArray();

            // Each term: its entry numbers, the first as is and then the gaps, in base 36, joined by commas.
            json.WriteStartObject("terms");
            foreach (var (term, postings) in _terms)
            {
                json.WriteString(term, Postings(postings));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.Write(";\n"u8);
        return buffer.ToArray();
    }

    public static string KindLabel(SearchKind kind) => kind switch
    {
        SearchKind.Department => "部门",
        SearchKind.Project => "项目",
        SearchKind.Indicator => "指标",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    private static string Postings(IReadOnlyList<int> postings)
    {
        var text = new StringBuilder();
        var previous = 0;
        foreach (var n in postings)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(Base36(n - previous));
            previous = n;
        }

        return text.ToString();
    }

    private static string Base36(int value)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0)
        {
            return "0";
        }

        var chars = new Stack<char>();
        for (; value > 0; value /= 36)
        {
            chars.Push(Digits[value % 36]);
        }

        return new string([.. chars]);
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
