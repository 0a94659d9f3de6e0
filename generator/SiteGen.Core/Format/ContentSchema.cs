namespace SiteGen.Format;

/// <summary>
/// The content format in one place: every key of site.yml, disclosure.yml and projects/*.yml, with its type,
/// whether it is required, and its Chinese title. The JSON Schemas for editors are made from it, and tests
/// keep it equal to the keys the binders accept.
/// </summary>
public static class ContentSchema
{
    private const string CodePattern = @"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$";

    private static readonly TextType Text = new();
    private static readonly TextType Markdown = new(Markdown: true);
    private static readonly AmountType Amount = new();
    private static readonly ListType MarkdownList = new(Markdown);

    public static MapType Site { get; } = new(
    [
        new("title", "站点标题", Text, Required: true, "网站标题，显示在每个页面"),
        new("authority", "发布机关", Text, Required: true, "发布机关，显示在页头和页脚"),
        new("base_url", "站点发布地址", new TextType(Pattern: "^https?://", Example: "https://www.example.gov.cn/xxgk/jxmb/"), Required: true, "网站发布后的完整地址，以 http:// 或 https:// 开头"),
        new("language", "页面语言", Text, Description: "页面语言，默认 zh-CN"),
        new("description", "站点简介", Markdown, Description: "首页简介（Markdown）"),
    ]);

    public static MapType Disclosure { get; } = new(
    [
        new("year", "预算年度", new IntegerType(), Required: true, "预算年度，例如 2020"),
        new("framework", "指标体系", new TextType(Values: ["2020", "2021"], Example: "2020"), Description: "指标体系 2020 或 2021；不写时 2020 年及以前用 2020，2021 年起用 2021"),
        new("department", "部门", Department("部门"), Required: true, "部门（单位）"),
        new("money_unit", "金额单位", new TextType(Values: ["万元", "元"], Example: "万元"), Description: "金额单位 万元（默认）或 元"),
        new("overall_goals", "总体绩效目标", Section("总体绩效目标"), Required: true, "一、总体绩效目标"),
        new("sub_goals", "分项绩效目标", new ListType(new MapType(
        [
            new("title", "分项目标标题", Text, Required: true, "小标题（不带句号）"),
            new("text", "分项目标内容", Markdown, Required: true, "内容（Markdown）"),
        ])), Description: "二、分项绩效目标，页面自动编号"),
        new("measures", "工作保障措施", Section("工作保障措施"), Description: "三、工作保障措施，写法同 overall_goals"),
    ]);

    public static MapType Project { get; } = new(
    [
        new("code", "项目编码", Code(), Required: true, "项目编码（字母、数字、- _ .）；同一文档内不能重复"),
        new("name", "项目名称", Text, Required: true),
        new("unit", "单位", Department("单位"), Description: "表头的“单位”，不写时即本部门"),
        new("budget", "预算规模", new MapType(
        [
            new("total", "预算数", Amount, Required: true, "预算数，按原文写（10.00 就写 10.00），不要写单位和逗号"),
            new("fiscal", "财政资金", Amount, Description: "其中：财政资金"),
            new("other", "其他资金", Amount, Description: "其他资金；空着表示原表为空（按 0 计）"),
        ]), Required: true),
        new("purpose", "资金用途", Markdown, Required: true, "资金用途（Markdown）"),
        new("spending_plan", "资金支出计划", new ListType(new MapType(
        [
            new("checkpoint", "时间节点", Text, Required: true, "例如 3月底"),
            new("percent", "累计支出百分比", Amount, Required: true, "累计百分比，例如 25.00"),
        ])), Description: "资金支出计划（%），累计百分比，依次不减，最后一般为 100"),
        new("goals", "绩效目标", MarkdownList, Required: true, "绩效目标（Markdown），页面自动编号"),
        new("indicators", "绩效指标", new ListType(Indicator()), Required: true, "绩效指标，按原表顺序逐行填写"),
        new("supervising_department", "主管部门", Text),
        new("implementing_unit", "实施单位", Text),
        new("manager", "项目负责人", Text),
        new("attribute", "项目属性", Text, Description: "新增/延续"),
        new("category", "项目分类", Text),
        new("period", "建设周期", Text),
        new("approval_basis", "立项依据", Markdown, Description: "立项依据（Markdown）"),
        new("subject_code", "财政资金科目代码", Text),
        new("long_term_goals", "长期绩效目标", MarkdownList, Description: "长期绩效目标，写法同 goals"),
        new("long_term_indicators", "长期绩效指标", new ListType(Indicator()), Description: "长期绩效指标，写法同 indicators"),
        new("cost_breakdown", "成本构成", new ListType(new MapType(
        [
            new("item", "成本项目", Text, Required: true),
            new("amount", "成本金额", Amount),
            new("basis", "测算依据", Text),
        ]))),
    ]);

    /// <summary>Each content file: its schema's file name, a title, and the format of its root mapping.</summary>
    public static IReadOnlyList<(string FileName, string Title, MapType Root)> Files { get; } =
    [
        ("site.schema.json", "site.yml（站点设置）", Site),
        ("disclosure.schema.json", "disclosure.yml（公开文档，第一部分 部门整体绩效目标）", Disclosure),
        ("project.schema.json", "projects/*.yml（预算项目绩效目标表，第二部分）", Project),
    ];

    private static TextType Code() => new(Pattern: CodePattern, Example: "A-001");

    private static MapType Department(string label) => new(
    [
        new("code", $"{label}编码", Code(), Required: true, $"{label}编码。纯数字请加引号；只能用字母、数字、- _ .（它会成为网址）"),
        new("name", $"{label}名称", Text, Required: true, $"{label}全称"),
        new("short_name", $"{label}简称", Text, Description: "简称（年度列表中显示在全称后）"),
    ]);

    private static MapType Section(string label) => new(
    [
        new("intro", $"{label}的引言", Markdown, Description: "引言（Markdown），原文照录"),
        new("items", $"{label}的条目", MarkdownList, Description: "各条内容（Markdown）。页面自动编号，这里不要写编号"),
    ]);

    private static MapType Indicator() => new(
    [
        new("level1", "一级指标", new TextType(Example: "产出指标"), Required: true, "一级指标：每行都写"),
        new("level2", "二级指标", new TextType(Example: "数量指标"), Required: true, "二级指标：须是所用指标体系允许的组合"),
        new("name", "三级指标", Text, Required: true),
        new("description", "绩效指标描述", Text),
        new("target", "指标值", new TextType(Example: "≥10个"), Required: true, "指标值，原文照录，例如 ≥230篇（更新新闻篇数）"),
        new("basis", "指标值确定依据", Text),
        new("weight", "分值", Amount, Description: "分值/权重"),
        new("core", "是否核心指标", new BooleanType(), Description: "是否核心指标（页面标 ★）：true 或 false"),
        new("previous_target", "上年指标值", Text),
    ]);
}
