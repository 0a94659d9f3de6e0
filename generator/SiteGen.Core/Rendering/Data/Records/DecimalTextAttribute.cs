using System.ComponentModel.DataAnnotations;

namespace SiteGen.Rendering.Data.Records;

/// <summary>
/// A decimal kept as the text it was written as (<c>"10.00"</c>), never a JSON number, which most programs read
/// as a binary float. ASCII digits only: the schema's pattern says so to programs reading the data.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class DecimalTextAttribute() : RegularExpressionAttribute(@"^-?[0-9]+(\.[0-9]+)?$");
