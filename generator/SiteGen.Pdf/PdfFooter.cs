using System.Net;

namespace SiteGen.Pdf;

/// <summary>
/// The page footer Chromium draws in the bottom margin of every PDF page: the disclosure's title and
/// 第 N 页 共 M 页. Chromium fills the <c>pageNumber</c> and <c>totalPages</c> spans; the footer has no
/// style sheet of the page, so it carries its own (its default font size is 0).
/// </summary>
internal static class PdfFooter
{
    /// <summary>An empty header: without it Chromium prints the date and the page title at the top.</summary>
    public const string Header = "<span></span>";

    public static string For(string title) =>
        "<div style=\"width:100%;margin:0 12mm;font-size:8pt;font-family:'SiteGen Hei','WenQuanYi Micro Hei','Noto Sans CJK SC','Noto Sans SC',sans-serif;color:#000;" +
        "display:flex;justify-content:space-between;gap:6mm\">" +
        $"<span style=\"overflow:hidden;white-space:nowrap;text-overflow:ellipsis\">{WebUtility.HtmlEncode(title)}</span>" +
        "<span style=\"white-space:nowrap\">第 <span class=\"pageNumber\"></span> 页 共 <span class=\"totalPages\"></span> 页</span>" +
        "</div>";
}
