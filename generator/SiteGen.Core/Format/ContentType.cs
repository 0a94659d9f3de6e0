namespace SiteGen.Format;

/// <summary>The type of a value in the content format, as the binders read it and the writer writes it.</summary>
public abstract record ContentType;

/// <summary>A scalar read as text. <paramref name="Values"/> lists the allowed values, when only some are.</summary>
/// <param name="Markdown">Prose: written as a literal block (<c>|</c>), rendered as Markdown, checked for unsafe links.</param>
/// <param name="Example">A plausible value, for documents made from the schema.</param>
public sealed record TextType(string? Pattern = null, IReadOnlyList<string>? Values = null, bool Markdown = false, string Example = "示例") : ContentType;

/// <summary>A decimal written as digits and one point (<c>10.00</c>): money, percent or weight.</summary>
public sealed record AmountType : ContentType
{
    public const string Pattern = @"^-?\d+(\.\d+)?$";
}

/// <summary>A whole number such as a year.</summary>
public sealed record IntegerType : ContentType;

/// <summary>true or false (是/否 too).</summary>
public sealed record BooleanType : ContentType;

/// <summary>A YAML list of items of one type.</summary>
public sealed record ListType(ContentType Items) : ContentType;
