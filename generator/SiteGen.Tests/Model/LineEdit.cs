namespace SiteGen.Tests.Model;

/// <summary>One way a person damages one line of a content file while editing it.</summary>
internal enum LineEdit
{
    /// <summary>The line is deleted.</summary>
    Deleted,

    /// <summary><c>key: value</c> becomes <c>key: </c>.</summary>
    ValueBlanked,

    /// <summary><c>key: value</c> becomes <c>key: []</c>.</summary>
    ValueMadeList,

    /// <summary><c>key: value</c> becomes <c>key: {a: 1}</c>.</summary>
    ValueMadeMapping,

    /// <summary><c>key: value</c> becomes <c>key: "**"</c>, an unfilled template's placeholder.</summary>
    ValueMadePlaceholder,

    /// <summary>The line is indented by two more spaces.</summary>
    Indented,
}
