using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A decimal amount (money or percent) with the text it was written as, which is what pages show.</summary>
public sealed record Amount(decimal Value, string Text, SourceLocation Location)
{
    public override string ToString() => Text;
}
