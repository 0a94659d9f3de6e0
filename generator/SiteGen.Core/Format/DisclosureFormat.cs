using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>disclosure.yml: the document's settings and Part 1 (部门整体绩效目标).</summary>
public sealed record DisclosureFormat : MapFormat
{
    public ContentField Year { get; } = new("year", "预算年度", new IntegerType(), required: true, "预算年度，例如 2020");
    public ContentField Framework { get; } = new("framework", "指标体系", new TextType(Values: ["2020", "2021"], Example: "2020"), description: "指标体系 2020 或 2021；不写时 2020 年及以前用 2020，2021 年起用 2021");
    public ContentField Department { get; } = new("department", "部门", ContentFormat.Department, required: true, "部门（单位）");
    public ContentField MoneyUnit { get; } = new("money_unit", "金额单位", new TextType(Values: ["万元", "元"], Example: "万元"), description: "金额单位 万元（默认）或 元");
    public ContentField OverallGoals { get; } = new("overall_goals", "总体绩效目标", ContentFormat.OverallGoals, required: true, "一、总体绩效目标");
    public ContentField SubGoals { get; } = new("sub_goals", "分项绩效目标", new ListType(ContentFormat.SubGoal), description: "二、分项绩效目标，页面自动编号");
    public ContentField Measures { get; } = new("measures", "工作保障措施", ContentFormat.Measures, description: "三、工作保障措施，写法同 overall_goals");

    public ContentField Draft { get; } = new("draft", "草稿", new BooleanType(), description: "草稿：true 时 sitegen serve 中可预览，sitegen build 不发布；要发布，删除这一行或改为 false");

    internal DisclosureFormat()
        : base("公开文档") => Define(Year, Framework, Department, MoneyUnit, OverallGoals, SubGoals, Measures, Draft);
}
