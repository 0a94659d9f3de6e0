using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace SiteGen.Markdown;

/// <summary>
/// The Markdown that prose fields may use, parsed once for checking (the model) and for rendering (the pages).
/// Raw HTML is off; only the extensions that cannot carry markup are on (no generic attributes, no media embeds);
/// headings get GitHub-style ids so Chinese headings keep distinct ids.
/// </summary>
public static class MarkdownSyntax
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation() // without it inline links report line 0, column 0
        .Build();

    /// <summary>The parsed text, or null when Markdig refuses it as nested too deeply (it throws, parsing or rendering; found by fuzzing).</summary>
    public static MarkdownDocument? Parse(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The document as HTML, or null when Markdig gives up on its depth.</summary>
    public static string? ToHtml(MarkdownDocument document)
    {
        try
        {
            return Markdig.Markdown.ToHtml(document, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
