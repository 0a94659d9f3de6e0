using System.Net;

namespace SiteGen.Rendering;

/// <summary>
/// HTML that SiteGen itself produced (rendered Markdown, included partials). Templates write it as is;
/// every other value a template writes is escaped, so content can never become markup by accident.
/// </summary>
public sealed record Html(string Value)
{
    /// <summary>Plain text made safe to place in HTML text or a quoted attribute.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public override string ToString() => Value;
}
