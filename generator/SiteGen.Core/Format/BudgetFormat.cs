using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>预算规模: 预算数 = 财政资金 + 其他资金.</summary>
public sealed record BudgetFormat : MapFormat
{
    public ContentField Total { get; } = new("total", "预算数", Amount, required: true, "预算数，按原文写（10.00 就写 10.00），不要写单位和逗号");
    public ContentField Fiscal { get; } = new("fiscal", "财政资金", Amount, description: "其中：财政资金");
    public ContentField Other { get; } = new("other", "其他资金", Amount, description: "其他资金；空着表示原表为空（按 0 计）");

    internal BudgetFormat()
        : base("预算规模") => Define(Total, Fiscal, Other);
}
