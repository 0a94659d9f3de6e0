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
}
