using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SiteGen.Model.History;

namespace SiteGen.Rendering.Data.Records;

/// <summary>data.json previous_year: 与上年相比, the disclosure against the year before (present only when there is one).</summary>
internal sealed record PreviousYearRecord
{
    [Description("上年的预算年度")]
    public required int Year { get; init; }

    [Description("本部门上年公开文档页面的地址（相对于网站根目录）；本部门上年没有公开文档时为 null")]
    public required string? Url { get; init; }

    [Description("预算合计与上年相比（按本文档的金额单位）；本部门上年没有公开文档时为 null")]
    public required AmountChangeRecord? BudgetTotal { get; init; }

    [Description("新增项目（上年没有同一项目编码）的项目编码")]
    public required IReadOnlyList<string> ProjectsAdded { get; init; }

    [Description("本部门上年有、今年没有的项目")]
    public required IReadOnlyList<EndedProjectRecord> ProjectsEnded { get; init; }

    [Description("延续项目（上年有同一项目编码）与上年相比")]
    public required IReadOnlyList<ProjectChangeRecord> ProjectsContinued { get; init; }

    public static PreviousYearRecord From(DisclosureComparison c) => new()
    {
        Year = c.Disclosure.Year - 1,
        Url = c.Previous is { } p ? SiteUrls.Disclosure(p) : null,
        BudgetTotal = c.TotalBudget is { } t ? AmountChangeRecord.From(t) : null,
        ProjectsAdded = [.. c.Added.Select(p => p.Code)],
        ProjectsEnded = [.. c.Ended.Select(e => new EndedProjectRecord { Code = e.Code, Name = e.Name, MovedToDepartment = e.MovedTo?.Code })],
        ProjectsContinued = [.. c.Continued.Select(ProjectChangeRecord.From)],
    };
}

/// <summary>An amount against the year before: both amounts, the change and the change in percent.</summary>
internal sealed record AmountChangeRecord
{
    [DecimalText]
    [Description("上年金额")]
    public required string Previous { get; init; }

    [DecimalText]
    [Description("今年金额")]
    public required string Current { get; init; }

    [DecimalText]
    [Description("增减额（今年减上年）")]
    public required string Change { get; init; }

    [DecimalText]
    [Description("增减百分比（保留两位小数）；上年为 0 时为 null")]
    public required string? Percent { get; init; }

    public static AmountChangeRecord From(AmountChange a) => new()
    {
        Previous = AmountChange.Text(a.Previous),
        Current = AmountChange.Text(a.Current),
        Change = AmountChange.Text(a.Change),
        Percent = a.Percent is { } p ? AmountChange.Text(p) : null,
    };
}

/// <summary>A project of the year before that this year does not continue.</summary>
internal sealed record EndedProjectRecord
{
    [Description("项目编码")]
    public required string Code { get; init; }

    [Description("项目名称（上年）")]
    public required string Name { get; init; }

    [Description("今年同一项目编码所在的其他部门的编码；项目已结束时为 null")]
    public required string? MovedToDepartment { get; init; }
}

/// <summary>One continuing project against the same code the year before.</summary>
internal sealed record ProjectChangeRecord
{
    [Description("项目编码")]
    public required string Code { get; init; }

    [Description("上年该项目所属部门的编码，与本部门不同时填写，否则为 null")]
    public required string? PreviousDepartment { get; init; }

    [Description("预算数与上年相比（按本文档的金额单位）")]
    public required AmountChangeRecord Budget { get; init; }

    [Description("新增的三级指标名称")]
    public required IReadOnlyList<string> IndicatorsAdded { get; init; }

    [Description("上年有、今年取消的三级指标名称")]
    public required IReadOnlyList<string> IndicatorsDropped { get; init; }

    [Description("指标值与上年不同的指标（按三级指标名称对应）")]
    public required IReadOnlyList<TargetChangeRecord> TargetsChanged { get; init; }

    public static ProjectChangeRecord From(ProjectComparison p) => new()
    {
        Code = p.Project.Code,
        PreviousDepartment = p.PreviousDepartment?.Code,
        Budget = AmountChangeRecord.From(p.Budget),
        IndicatorsAdded = p.Added,
        IndicatorsDropped = p.Dropped,
        TargetsChanged = [.. p.Changed.Select(c => new TargetChangeRecord { Name = c.Name, Previous = c.Previous, Current = c.Current, Change = Word(c.Kind) })],
    };

    private static string Word(TargetChangeKind kind) => kind switch
    {
        TargetChangeKind.Raised => "raised",
        TargetChangeKind.Lowered => "lowered",
        _ => "changed",
    };
}

/// <summary>A target that differs from the year before, both as written.</summary>
internal sealed record TargetChangeRecord
{
    [Description("三级指标")]
    public required string Name { get; init; }

    [Description("上年指标值，按上年公开的原文")]
    public required string Previous { get; init; }

    [Description("今年指标值，原文照录")]
    public required string Current { get; init; }

    [AllowedValues("raised", "lowered", "changed")]
    [Description("变化：raised 提高（要求更高：≥ 类数值增大或 ≤ 类数值减小），lowered 降低，changed 变更（单位、运算符或文字不同，无法比较高低）")]
    public required string Change { get; init; }
}
