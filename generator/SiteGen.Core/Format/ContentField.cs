namespace SiteGen.Format;

/// <summary>
/// One key of a mapping in the content format: its YAML key, its Chinese title (the label diagnostics and editors
/// show), its type, whether it is required, and a description for editors. Binders read a field by this object and
/// the writer writes it by this object, so a key is spelt once, here.
/// </summary>
public sealed class ContentField(string key, string title, ContentType type, bool required = false, string? description = null)
{
    public string Key { get; } = key;

    public string Title { get; } = title;

    public ContentType Type { get; } = type ?? throw new ArgumentNullException(nameof(type), $"字段 {key} 的类型尚未定义：ContentFormat 中先定义被引用的格式");

    public bool Required { get; } = required;

    public string? Description { get; } = description;

    public override string ToString() => $"{Key}（{Title}）";
}
