using SiteGen.Rendering.Review;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The review report as <c>sitegen serve</c> shows it at <c>{base path}_sitegen/review/</c>: read from the content as it
/// is on disk at the request, so staff see the findings of their last save; linked to the served pages and stylesheet.
/// </summary>
internal static class ReviewPage
{
    public static byte[] For(BuildOptions options)
    {
        var result = SiteReviewer.Review(options with { IncludeDrafts = true });
        return ReviewHtml.Write(result.Findings, result.Site?.Settings, Stylesheet.Linked("../../assets/site.css"), page => "../../" + page);
    }
}
