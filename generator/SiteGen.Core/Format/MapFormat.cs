namespace SiteGen.Format;

/// <summary>
/// A YAML mapping of the content format: exactly these fields, in this order (the order the writer writes and the
/// README documents); any other key is an error (SG2001). Each kind of mapping is a subclass naming its fields.
/// </summary>
/// <param name="What">What a person calls this mapping, for messages such as “项目应为键值对”.</param>
public abstract record MapFormat(string What) : ContentType
{
    private readonly List<ContentField> _fields = [];

    public IReadOnlyList<ContentField> Fields => _fields;

    /// <summary>The field with this key, or null: for finding a misspelt key's nearest neighbour, never for binding.</summary>
    public ContentField? Find(string key) => _fields.FirstOrDefault(f => f.Key == key);

    public bool Contains(ContentField field) => _fields.Contains(field);

    /// <summary>Declares the fields, in order; called once by each subclass's constructor.</summary>
    protected void Define(params ContentField[] fields)
    {
        if (_fields.Count > 0 || fields.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count() != fields.Length)
        {
            throw new InvalidOperationException($"{What}: fields must be defined once, with distinct keys.");
        }

        _fields.AddRange(fields);
    }
}
