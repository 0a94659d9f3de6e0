namespace SiteGen.Tests.Model;

/// <summary>
/// The edits of a valid file that leave it valid, each for a reason the format gives (<see cref="Format.ContentFormat"/>,
/// DOMAIN.md, YAML), never because the checker happens to accept them. Every other edit must be an error at the edited file.
/// </summary>
internal enum HarmlessEdit
{
    /// <summary>A comment, deleted or indented: it carries no content.</summary>
    CommentLine,

    /// <summary>An optional key (not <c>Required</c> in the format) deleted: it may be left out.</summary>
    OptionalKeyLeftOut,

    /// <summary>An optional key, or the only item of an optional list, left blank: a blank is as if left out (staff leave blank cells).</summary>
    OptionalKeyLeftBlank,

    /// <summary>
    /// <c>"**"</c> where the format asks only for text (names, descriptions, prose): it is text like any other. Patterned,
    /// enumerated and numeric values refuse it, and so do the texts the domain rules read: 一级 and 二级 must be names of the
    /// framework, and in 指标值 it is an unfilled placeholder (DOMAIN.md).
    /// </summary>
    PlaceholderInFreeText,

    /// <summary>One item of a list of several deleted: the list still has items.</summary>
    OneOfSeveralItemsDeleted,

    /// <summary>The only item of a list, on one line, indented further under its key: still the list's only item.</summary>
    OnlyItemIndented,

    /// <summary>
    /// A line of a <c>|</c> text deleted, or indented (but for the first line of several, which sets the text's
    /// indentation): the text is still text.
    /// </summary>
    TextLineDeletedOrIndented,

    /// <summary>
    /// An optional key whose lines then continue the free text above it (its line deleted, or indented): YAML reads them as
    /// more of that text, so the key is as if left out.
    /// </summary>
    OptionalKeyReadAsTextAbove,

    /// <summary>A <c>|</c> text whose <c>|</c> is blanked: its lines read as one plain text (they hold no <c>: </c> or <c> #</c>).</summary>
    TextWithoutBar,
}
