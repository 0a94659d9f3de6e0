namespace SiteGen.Format;

/// <summary>
/// The content format in one place: every mapping of site.yml, disclosure.yml and projects/*.yml with its fields,
/// types, required keys, Chinese titles and descriptions. Everything else is made from it: the binders read fields by
/// these objects (and report any other key, with a suggestion), the JSON Schemas for editors are written from it, and
/// <see cref="ContentYaml"/> writes content files (import, sample) in its order and styles.
/// </summary>
public static class ContentFormat
{
    // Formats that others refer to come first: a field's type must exist when the field is made.
    public static DepartmentFormat Department { get; } = new("部门");
    public static DepartmentFormat Unit { get; } = new("单位");
    public static SectionFormat OverallGoals { get; } = new("总体绩效目标");
    public static SectionFormat Measures { get; } = new("工作保障措施");
    public static SubGoalFormat SubGoal { get; } = new();
    public static BudgetFormat Budget { get; } = new();
    public static CheckpointFormat Checkpoint { get; } = new();
    public static IndicatorFormat Indicator { get; } = new();
    public static CostItemFormat CostItem { get; } = new();
    public static EvaluationFundsFormat EvaluationFunds { get; } = new();
    public static ScoreOverrideFormat ScoreOverride { get; } = new();
    public static TargetAdjustmentFormat TargetAdjustment { get; } = new();
    public static EvaluatedIndicatorFormat EvaluatedIndicator { get; } = new();
    public static DepartmentEvaluatedIndicatorFormat DepartmentEvaluatedIndicator { get; } = new();
    public static MonitoringFundsFormat MonitoringFunds { get; } = new();
    public static MonitoredIndicatorFormat MonitoredIndicator { get; } = new();
    public static ContactFormat Contact { get; } = new();
    public static BadgeFormat ConacBadge { get; } = new();
    public static ReviewFormat Review { get; } = new();

    public static SiteFormat Site { get; } = new();
    public static DisclosureFormat Disclosure { get; } = new();
    public static ProjectFormat Project { get; } = new();
    public static EvaluationFormat Evaluation { get; } = new();
    public static DepartmentEvaluationFormat DepartmentEvaluation { get; } = new();
    public static MonitoringFormat Monitoring { get; } = new();

    /// <summary>Each content file: its schema's file name, a title, and the format of its root mapping.</summary>
    public static IReadOnlyList<(string FileName, string Title, MapFormat Root)> Files { get; } =
    [
        ("site.schema.json", "site.yml（站点设置）", Site),
        ("disclosure.schema.json", "disclosure.yml（公开文档，第一部分 部门整体绩效目标）", Disclosure),
        ("project.schema.json", "projects/*.yml（预算项目绩效目标表，第二部分）", Project),
        ("evaluation.schema.json", "evaluation/*.yml（项目支出绩效自评表）", Evaluation),
        ("department-evaluation.schema.json", "department-evaluation.yml（部门整体支出绩效自评表）", DepartmentEvaluation),
        ("monitoring.schema.json", "monitoring/*.yml（项目绩效运行监控表）", Monitoring),
    ];
}
