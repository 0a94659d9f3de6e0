using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>projects/*.yml: one budget project's target table (预算项目绩效目标表, Part 2).</summary>
public sealed record ProjectFormat : MapFormat
{
    public ContentField Code { get; } = new("code", "项目编码", ContentTypes.Code, description: "项目编码（字母、数字、- _ .）；同一文档内不能重复。原表没有项目编码时留空（code: 或不写），页面的项目编码格也空着，锚点和跨年对应用由项目名称导出的标识");
    public ContentField Name { get; } = new("name", "项目名称", Text, required: true);
    public ContentField Unit { get; } = new("unit", "单位", ContentFormat.Unit, description: "表头的“单位”，不写时即本部门");
    public ContentField Budget { get; } = new("budget", "预算规模", ContentFormat.Budget, required: true);
    public ContentField Purpose { get; } = new("purpose", "资金用途", Prose, required: true, "资金用途（Markdown）");

    // The optional fields of other provinces' forms (ProjectDetails), in the order their forms list them.
    public ContentField SupervisingDepartment { get; } = new("supervising_department", "主管部门", Text);
    public ContentField ImplementingUnit { get; } = new("implementing_unit", "实施单位", Text);
    public ContentField Manager { get; } = new("manager", "项目负责人", Text);
    public ContentField Attribute { get; } = new("attribute", "项目属性", Text, description: "新增/延续");
    public ContentField Category { get; } = new("category", "项目分类", Text);
    public ContentField Period { get; } = new("period", "建设周期", Text);
    public ContentField ApprovalBasis { get; } = new("approval_basis", "立项依据", Prose, description: "立项依据（Markdown）");
    public ContentField SubjectCode { get; } = new("subject_code", "财政资金科目代码", Text);
    public ContentField FundingSource { get; } = new("funding_source", "资金来源", Text, description: "资金来源，例如 一般公共预算、政府性基金预算、上级补助");

    public ContentField SpendingPlan { get; } = new("spending_plan", "资金支出计划", new ListType(ContentFormat.Checkpoint), description: "资金支出计划（%），累计百分比，依次不减，最后一般为 100");
    public ContentField LongTermGoals { get; } = new("long_term_goals", "长期绩效目标", ProseList, description: "长期绩效目标，写法同 goals");
    public ContentField Goals { get; } = new("goals", "绩效目标", ProseList, required: true, "绩效目标（Markdown），页面自动编号");
    public ContentField Indicators { get; } = new("indicators", "绩效指标", new ListType(ContentFormat.Indicator), required: true, "绩效指标，按原表顺序逐行填写");
    public ContentField LongTermIndicators { get; } = new("long_term_indicators", "长期绩效指标", new ListType(ContentFormat.Indicator), description: "长期绩效指标，写法同 indicators");
    public ContentField CostBreakdown { get; } = new("cost_breakdown", "成本构成", new ListType(ContentFormat.CostItem));

    internal ProjectFormat()
        : base("项目") => Define(
            Code, Name, Unit, Budget, Purpose,
            SupervisingDepartment, ImplementingUnit, Manager, Attribute, Category, Period, ApprovalBasis, SubjectCode, FundingSource,
            SpendingPlan, LongTermGoals, Goals, Indicators, LongTermIndicators, CostBreakdown);
}
