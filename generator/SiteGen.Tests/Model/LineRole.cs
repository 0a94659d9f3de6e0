namespace SiteGen.Tests.Model;

/// <summary>What one line of a content file holds, in the terms the YAML of the format is written in.</summary>
internal enum LineRole
{
    /// <summary>A comment or a blank line: no content.</summary>
    Comment,

    /// <summary><c>key: value</c>, the value on the line.</summary>
    Key,

    /// <summary><c>- key: value</c>: the first key of a list item that is a mapping; its dash opens the item.</summary>
    ItemKey,

    /// <summary><c>key:</c> with its mapping or list on the lines below.</summary>
    ParentKey,

    /// <summary><c>key: |</c>: a text written on the lines below.</summary>
    BlockHeader,

    /// <summary>A line of the text below a <c>key: |</c>.</summary>
    BlockText,

    /// <summary><c>- text</c>: one item of a list of texts.</summary>
    Item,
}
