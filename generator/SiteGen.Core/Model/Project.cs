using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A budget project and its performance-target table (预算项目绩效目标表).</summary>
/// <param name="Unit">单位 shown on the table; the disclosure's department unless the project names another.</param>
/// <param name="IndicatorsLocation">Where the <c>indicators</c> list starts, for problems of the table as a whole.</param>
/// <param name="Code">The 项目编码, or, when the form has none (<paramref name="CodeDerived"/>), the key
/// <see cref="ProjectKeys.FromName"/> derives from the name: anchors, cross-year links and evaluations use it, the
/// form's 项目编码 cell never shows it (<see cref="WrittenCode"/>).</param>
public sealed record Project(
    string Code,
    string Name,
    Department Unit,
    Budget Budget,
    Prose Purpose,
    IReadOnlyList<SpendingCheckpoint> SpendingPlan,
    IReadOnlyList<Prose> Goals,
    IReadOnlyList<Indicator> Indicators,
    ProjectDetails Details,
    SourceLocation Location,
    SourceLocation IndicatorsLocation,
    bool CodeDerived = false)
{
    /// <summary>The 项目编码 as the form wrote it: empty when it had none.</summary>
    public string WrittenCode => CodeDerived ? "" : Code;
}

/// <summary>预算规模: 预算数 = 财政资金 + 其他资金, each as written; a blank stays null and counts as 0.</summary>
public sealed record Budget(Amount Total, Amount? Fiscal, Amount? Other);

/// <summary>One checkpoint of the cumulative spending plan (资金支出计划): a label such as 3月底 and a percent.</summary>
public sealed record SpendingCheckpoint(string Label, Amount Percent);

/// <summary>
/// The optional fields other provinces' forms carry. All may be null or empty; pages show only what is there.
/// </summary>
public sealed record ProjectDetails(
    string? SupervisingDepartment,
    string? ImplementingUnit,
    string? Manager,
    string? Attribute,
    string? Category,
    string? Period,
    Prose? ApprovalBasis,
    string? SubjectCode,
    string? FundingSource,
    IReadOnlyList<Prose> LongTermGoals,
    IReadOnlyList<Indicator> LongTermIndicators,
    IReadOnlyList<CostItem> CostBreakdown);

/// <summary>One line of a cost-composition block (成本构成): item, amount, basis of the estimate (测算依据).</summary>
public sealed record CostItem(string Item, Amount? Amount, string? Basis);
