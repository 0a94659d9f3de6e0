using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>A project's performance-target table.</summary>
internal sealed record ProjectRecord
{
    [Description("项目编码")]
    public required string Code { get; init; }

    [Description("项目名称")]
    public required string Name { get; init; }

    [Description("项目在页面上的地址（相对于网站根目录）")]
    public required string Url { get; init; }

    [Description("单位")]
    public required DepartmentRecord Unit { get; init; }

    [Description("预算规模")]
    public required BudgetRecord Budget { get; init; }

    [Description("资金用途（Markdown）")]
    public required string Purpose { get; init; }

    [Description("资金支出计划（累计百分比）")]
    public required IReadOnlyList<SpendingCheckpointRecord> SpendingPlan { get; init; }

    [Description("绩效目标（Markdown）")]
    public required IReadOnlyList<string> Goals { get; init; }

    [Description("绩效指标，按原表顺序")]
    public required IReadOnlyList<IndicatorRecord> Indicators { get; init; }

    [Description("其他省份表格中的可选字段")]
    public required ProjectDetailsRecord Details { get; init; }

    /// <summary>Only for an evaluated project; left out (not null) otherwise, so data without evaluations is unchanged.</summary>
    [Description("绩效自评（仅有自评时）")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ProjectEvaluationRecord? Evaluation { get; init; }

    /// <summary>Only for a project published without a 项目编码 (code is then empty): the key derived from its name.</summary>
    [Description("项目标识（仅当原表没有项目编码时：由项目名称导出，用于锚点和跨年对应）")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Key { get; init; }

    /// <summary>Only for a monitored project; left out (not null) otherwise, so data without monitoring is unchanged.</summary>
    [Description("绩效运行监控（仅有运行监控时）")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ProjectMonitoringRecord? Monitoring { get; init; }

    public static ProjectRecord From(Disclosure d, Project p) => new()
    {
        Code = p.WrittenCode,
        Name = p.Name,
        Url = DataUrls.Project(d, p),
        Unit = DepartmentRecord.From(p.Unit),
        Budget = BudgetRecord.From(p.Budget),
        Purpose = p.Purpose.Markdown,
        SpendingPlan = [.. p.SpendingPlan.Select(SpendingCheckpointRecord.From)],
        Goals = [.. p.Goals.Select(g => g.Markdown)],
        Indicators = IndicatorRecord.ListFrom(d, p, p.Indicators, longTerm: false),
        Details = ProjectDetailsRecord.From(d, p),
        Evaluation = d.EvaluatedProjects.FirstOrDefault(e => ReferenceEquals(e.Project, p)) is { } score ? ProjectEvaluationRecord.From(score) : null,
        Key = p.CodeDerived ? p.Code : null,
        Monitoring = d.MonitoredProjects.FirstOrDefault(m => ReferenceEquals(m.Project, p)) is { } monitored ? ProjectMonitoringRecord.From(monitored) : null,
    };
}
