namespace SiteGen.Format;

/// <summary>
/// A mapping of a content file to write (import, sample, new sites): values set by field of its format, as text exactly
/// as they will be read back. <see cref="ContentYaml"/> writes it in the format's order, each value in the style of its
/// type. A field set twice keeps the last value; a field of another format is a bug and throws.
/// </summary>
public sealed class ContentMap(MapFormat format)
{
    private readonly Dictionary<ContentField, object> _values = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ContentField, string> _comments = new(ReferenceEqualityComparer.Instance);

    public MapFormat Format { get; } = format;

    /// <summary>A scalar value as written; null leaves the field out (a required field is then written blank).</summary>
    public ContentMap Set(ContentField field, string? value)
    {
        Own(field, expectList: false);
        if (field.Type is MapFormat)
        {
            throw new InvalidOperationException($"{field} is a mapping: set a ContentMap.");
        }

        return Put(field, value is null ? null : value.Length == 0 ? Blank.Value : value);
    }

    /// <summary>A nested mapping; null leaves the field out.</summary>
    public ContentMap Set(ContentField field, ContentMap? map)
    {
        Own(field, expectList: false);
        if (map is not null && !ReferenceEquals(field.Type, map.Format))
        {
            throw new InvalidOperationException($"{field} holds {field.Type}, not {map.Format.What}.");
        }

        return Put(field, map);
    }

    /// <summary>A list of scalars (Markdown items); an empty list leaves the field out.</summary>
    public ContentMap Set(ContentField field, IEnumerable<string> items)
    {
        Own(field, expectList: true);
        List<string> list = [.. items];
        return Put(field, list.Count == 0 ? null : list);
    }

    /// <summary>A list of mappings; an empty list leaves the field out.</summary>
    public ContentMap Set(ContentField field, IEnumerable<ContentMap> items)
    {
        Own(field, expectList: true);
        List<ContentMap> list = [.. items];
        return Put(field, list.Count == 0 ? null : list);
    }

    /// <summary>The key with no value (<c>other:</c>): a cell the form leaves blank, or a field left for a person to fill.</summary>
    public ContentMap SetBlank(ContentField field)
    {
        Own(field, expectList: field.Type is ListType);
        return Put(field, Blank.Value);
    }

    /// <summary>A comment line written just above the field.</summary>
    public ContentMap Comment(ContentField field, string comment)
    {
        Own(field, expectList: field.Type is ListType);
        _comments[field] = comment;
        return this;
    }

    internal object? Value(ContentField field) => _values.GetValueOrDefault(field);

    internal string? CommentOf(ContentField field) => _comments.GetValueOrDefault(field);

    private ContentMap Put(ContentField field, object? value)
    {
        if (value is null)
        {
            _values.Remove(field);
        }
        else
        {
            _values[field] = value;
        }

        return this;
    }

    private void Own(ContentField field, bool expectList)
    {
        if (!Format.Contains(field))
        {
            throw new InvalidOperationException($"{field} is not a field of {Format.What}.");
        }

        if ((field.Type is ListType) != expectList)
        {
            throw new InvalidOperationException($"{field} is {(expectList ? "not " : "")}a list.");
        }
    }

    /// <summary>The value of a key written with nothing after it.</summary>
    internal sealed class Blank
    {
        public static readonly Blank Value = new();
    }
}
