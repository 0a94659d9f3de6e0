using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>One line of a project's cost breakdown.</summary>
internal sealed record CostItemRecord
{
    [Description("成本项目")]
    public required string Item { get; init; }

    [DecimalText]
    [Description("金额")]
    public required string? Amount { get; init; }

    [Description("测算依据")]
    public required string? Basis { get; init; }

    public static CostItemRecord From(CostItem cost) => new() { Item = cost.Item, Amount = cost.Amount?.Text, Basis = cost.Basis };
}
