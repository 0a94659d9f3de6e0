using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>A project's budget, each amount as written.</summary>
internal sealed record BudgetRecord
{
    [DecimalText]
    [Description("预算数")]
    public required string Total { get; init; }

    [DecimalText]
    [Description("其中：财政资金；原表为空时为 null")]
    public required string? Fiscal { get; init; }

    [DecimalText]
    [Description("其他资金；原表为空时为 null（按 0 计）")]
    public required string? Other { get; init; }

    public static BudgetRecord From(Budget budget) => new()
    {
        Total = budget.Total.Text,
        Fiscal = budget.Fiscal?.Text,
        Other = budget.Other?.Text,
    };
}
