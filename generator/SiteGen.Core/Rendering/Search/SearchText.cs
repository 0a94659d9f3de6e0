using System.Text;
using Markdig;

namespace SiteGen.Rendering.Search;

/// <summary>
/// How text is cut into search terms, exactly as <c>assets/search.js</c> does it for a query: normalise, then
/// split into runs of Han characters and runs of ASCII letters and digits; everything else separates.
/// </summary>
/// <remarks>
/// Normalisation is an explicit mapping (full-width ASCII → ASCII, ideographic space → space, A–Z → a–z),
/// not <see cref="NormalizationForm.FormKC"/>: the command line runs with invariant globalization, where
/// <c>string.Normalize</c> leaves non-ASCII text as it is, and the script must map the same characters.
/// The mapping keeps every UTF-16 unit in place, so the script can highlight matches in the original text.
/// </remarks>
public static class SearchText
{
    public const int SnippetLength = 80;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseEmphasisExtras().Build();

    public static string Normalise(string text) => string.Create(text.Length, text, static (span, source) => Normalise(source, span));

    private static void Normalise(string source, Span<char> span)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            c = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
            span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
    }

    /// <summary>Receives one run of normalised text: a Han run (<paramref name="isHan"/>) or an ASCII word of [0-9a-z].</summary>
    public delegate void RunAction(bool isHan, ReadOnlySpan<char> run);

    /// <summary>
    /// Calls <paramref name="action"/> with each run of the normalised text, in order. Everything but Han characters
    /// and [0-9a-z] separates runs, so a run is a stretch of the normalised text: it is passed as a span of one
    /// buffer, not a string (this runs over every word of every disclosure when the search index is built).
    /// </summary>
    public static void EachRun(string text, RunAction action)
    {
        var rented = text.Length > 512 ? System.Buffers.ArrayPool<char>.Shared.Rent(text.Length) : null;
        var normalised = rented is null ? stackalloc char[text.Length] : rented.AsSpan(0, text.Length);
        Normalise(text, normalised);
        var start = -1; // where the open run starts, −1 when none is open
        var runIsHan = false;
        for (var i = 0; i < normalised.Length;)
        {
            Rune.DecodeFromUtf16(normalised[i..], out var rune, out var length);
            bool? isHan = IsHan(rune.Value) ? true : IsWord(rune.Value) ? false : null;
            if (start >= 0 && isHan != runIsHan)
            {
                action(runIsHan, normalised[start..i]);
                start = -1;
            }

            if (isHan is { } han && start < 0)
            {
                start = i;
                runIsHan = han;
            }

            i += length;
        }

        if (start >= 0)
        {
            action(runIsHan, normalised[start..]);
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Han characters: the unified ideographs, extension A and later planes, compatibility ideographs, 〇.</summary>
    public static bool IsHan(int codePoint) => codePoint is
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x323AF) or 0x3007;

    private static bool IsWord(int codePoint) => codePoint is (>= '0' and <= '9') or (>= 'a' and <= 'z');

    /// <summary>Markdown as the words a reader sees, on one line.</summary>
    public static string PlainText(string markdown) => Collapse(Markdig.Markdown.ToPlainText(markdown, Pipeline));

    /// <summary>At most <see cref="SnippetLength"/> characters, on one line, with "…" when cut.</summary>
    public static string Shorten(string text)
    {
        text = Collapse(text);
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[SnippetLength - 1]) ? SnippetLength - 1 : SnippetLength;
        return text[..cut] + "…";
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
}
