namespace SiteGen.Rendering.Search;

/// <summary>One thing a reader can find: a department's disclosure, a project or an indicator row.</summary>
/// <param name="Context">A short line that places it, such as "2021年 · 示例县教育局 · 学生资助补助经费".</param>
/// <param name="Url">Its address from the site root, with the anchor of the project or indicator row.</param>
/// <param name="Text">Everything else searchable about it, in full (indexed, not stored).</param>
/// <param name="Snippet">A short text shown under the result (stored in the index).</param>
public sealed record SearchDocument(SearchKind Kind, int Year, string Title, string Context, string Url, string Text, string Snippet);
