using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>The optional fields of other provinces' forms; each is null (or empty) when the form has none.</summary>
internal sealed record ProjectDetailsRecord
{
    [Description("主管部门")]
    public required string? SupervisingDepartment { get; init; }

    [Description("实施单位")]
    public required string? ImplementingUnit { get; init; }

    [Description("项目负责人")]
    public required string? Manager { get; init; }

    [Description("项目属性")]
    public required string? Attribute { get; init; }

    [Description("项目分类")]
    public required string? Category { get; init; }

    [Description("建设周期")]
    public required string? Period { get; init; }

    [Description("立项依据（Markdown）")]
    public required string? ApprovalBasis { get; init; }

    [Description("财政资金科目代码")]
    public required string? SubjectCode { get; init; }

    [Description("资金来源（1.1 起）")]
    public required string? FundingSource { get; init; }

    [Description("长期绩效目标（Markdown）")]
    public required IReadOnlyList<string> LongTermGoals { get; init; }

    [Description("长期绩效指标")]
    public required IReadOnlyList<IndicatorRecord> LongTermIndicators { get; init; }

    [Description("成本构成")]
    public required IReadOnlyList<CostItemRecord> CostBreakdown { get; init; }

    public static ProjectDetailsRecord From(Disclosure d, Project p)
    {
        var details = p.Details;
        return new()
        {
            SupervisingDepartment = details.SupervisingDepartment,
            ImplementingUnit = details.ImplementingUnit,
            Manager = details.Manager,
            Attribute = details.Attribute,
            Category = details.Category,
            Period = details.Period,
            ApprovalBasis = details.ApprovalBasis?.Markdown,
            SubjectCode = details.SubjectCode,
            FundingSource = details.FundingSource,
            LongTermGoals = [.. details.LongTermGoals.Select(g => g.Markdown)],
            LongTermIndicators = IndicatorRecord.ListFrom(d, p, details.LongTermIndicators, longTerm: true),
            CostBreakdown = [.. details.CostBreakdown.Select(CostItemRecord.From)],
        };
    }
}
