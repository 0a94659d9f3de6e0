namespace SiteGen.Format;

/// <summary>The value types the formats share.</summary>
internal static class ContentTypes
{
    private const string CodePattern = @"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$";

    public static readonly TextType Text = new();
    public static readonly TextType Prose = new(Markdown: true);
    public static readonly AmountType Amount = new();
    public static readonly ListType ProseList = new(Prose);

    /// <summary>Department and project codes become URLs and anchors, so they are kept to safe ASCII.</summary>
    public static readonly TextType Code = new(Pattern: CodePattern, Example: "A-001");

    /// <summary>A calendar date as portals write it (成文日期, 发布日期).</summary>
    public static readonly TextType Date = new(Pattern: @"^\d{4}-\d{2}-\d{2}$", Example: "2021-02-01");

    /// <summary>An image file under content/, copied into the site (a remote address would break the CSP and the archive).</summary>
    public static readonly TextType LocalImage = new(Pattern: @"^(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^/\\].*\.(png|jpg|jpeg|gif|svg|ico|webp)$", Example: "images/logo.png");

    /// <summary>A full http(s) address of another site.</summary>
    public static readonly TextType WebAddress = new(Pattern: "^https?://", Example: "https://www.example.gov.cn/");
}
