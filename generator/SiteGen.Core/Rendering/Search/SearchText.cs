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

    public static string Normalise(string text) =>
        string.Create(text.Length, text, static (span, source) =>
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
        });

    /// <summary>The runs of normalised text: Han runs (<c>IsHan</c>) and ASCII words of [0-9a-z].</summary>
    public static IEnumerable<(bool IsHan, string Text)> Runs(string text)
    {
        var run = new StringBuilder();
        var runIsHan = false;
        var units = new char[2];
        foreach (var rune in Normalise(text).EnumerateRunes())
        {
            bool? isHan = IsHan(rune.Value) ? true : IsWord(rune.Value) ? false : null;
            if (run.Length > 0 && isHan != runIsHan)
            {
                yield return (runIsHan, run.ToString());
                run.Clear();
            }

            if (isHan is { } han)
            {
                runIsHan = han;
                run.Append(units, 0, rune.EncodeToUtf16(units)); // no string per character
            }
        }

        if (run.Length > 0)
        {
            yield return (runIsHan, run.ToString());
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
