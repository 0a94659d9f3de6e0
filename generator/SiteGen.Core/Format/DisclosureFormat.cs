using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>disclosure.yml: the document's settings and Part 1 (部门整体绩效目标).</summary>
public sealed record DisclosureFormat : MapFormat
{
    public ContentField Year { get; } = new("year", "预算年度", new IntegerType(), required: true, "预算年度，例如 2020");
    public ContentField Framework { get; } = new("framework", "指标体系", new TextType(Values: ["2020", "2021"], Example: "2020"), description: "指标体系 2020 或 2021；不写时 2020 年及以前用 2020，2021 年起用 2021");
    public ContentField Department { get; } = new("department", "部门", ContentFormat.Department, required: true, "部门（单位）");
    public ContentField MoneyUnit { get; } = new("money_unit", "金额单位", new TextType(Values: ["万元", "元"], Example: "万元"), description: "金额单位 万元（默认）或 元");
    public ContentField OverallGoals { get; } = new("overall_goals", "总体绩效目标", ContentFormat.OverallGoals, description: "一、总体绩效目标；只有项目表的公开文档（单项目申报表等）可以不写第一部分");
    public ContentField SubGoals { get; } = new("sub_goals", "分项绩效目标", new ListType(ContentFormat.SubGoal), description: "二、分项绩效目标，页面自动编号");
    public ContentField Measures { get; } = new("measures", "工作保障措施", ContentFormat.Measures, description: "三、工作保障措施，写法同 overall_goals");

    /// <summary>部门整体绩效目标表's indicator rows, when Part 1 is written as a table (the columns of a project's).</summary>
    public ContentField DepartmentIndicators { get; } = new("department_indicators", "部门整体绩效指标", new ListType(ContentFormat.Indicator), description: "部门整体绩效目标表的绩效指标（写法同项目的 indicators），按原表顺序逐行填写");

    public ContentField Draft { get; } = new("draft", "草稿", new BooleanType(), description: "草稿：true 时 sitegen serve 中可预览，sitegen build 不发布；要发布，删除这一行或改为 false");

    // Public-information metadata (政府信息公开), shown above the disclosure as portals do.
    public ContentField IndexNumber { get; } = new("index_number", "索引号", new TextType(Example: "000014349/2021-00012"), description: "索引号");
    public ContentField Category { get; } = new("category", "信息分类", new TextType(Example: "财政预决算"), description: "信息分类");
    public ContentField Publisher { get; } = new("publisher", "发布机构", Text, description: "发布机构（不写时为本部门）");
    public ContentField DocumentNumber { get; } = new("document_number", "文号", new TextType(Example: "临财预〔2021〕3号"), description: "文号");
    public ContentField WrittenOn { get; } = new("written_on", "成文日期", Date, description: "成文日期 YYYY-MM-DD");
    public ContentField ApprovedOn { get; } = new("approved_on", "批复日期", Date, description: "预算批复日期 YYYY-MM-DD：发布日期晚于它 20 天以上时警告（《预算法》第十四条）");
    public ContentField PublishedOn { get; } = new("published_on", "发布日期", Date, description: "发布日期 YYYY-MM-DD：用作订阅源和网站地图的日期");

    internal DisclosureFormat()
        : base("公开文档") => Define(Year, Framework, Department, MoneyUnit, OverallGoals, SubGoals, Measures, DepartmentIndicators, IndexNumber, Category, Publisher, DocumentNumber, WrittenOn, ApprovedOn, PublishedOn, Draft);
}
