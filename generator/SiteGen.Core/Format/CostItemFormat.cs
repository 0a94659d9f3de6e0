using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>One line of a cost-composition block (成本构成).</summary>
public sealed record CostItemFormat : MapFormat
{
    public ContentField Item { get; } = new("item", "成本项目", Text, required: true);
    public ContentField Amount { get; } = new("amount", "成本金额", ContentTypes.Amount);
    public ContentField Basis { get; } = new("basis", "测算依据", Text);

    internal CostItemFormat()
        : base("成本构成的条目") => Define(Item, Amount, Basis);
}
