namespace SiteGen.Rendering.Data;

/// <summary>One column of an open-data CSV: its Chinese header, its type, and what it means (for the table schema).</summary>
public sealed record CsvColumn(string Name, CsvType Type, string Description);

/// <summary>The type of a CSV column. Only <see cref="Text"/> columns are guarded against formula injection.</summary>
public enum CsvType
{
    /// <summary>Free text as the department wrote it.</summary>
    Text,

    /// <summary>A whole number such as a year or a count.</summary>
    Integer,

    /// <summary>A decimal exactly as written (<c>10.00</c>), or parsed from a target value; never a float.</summary>
    Decimal,
}
