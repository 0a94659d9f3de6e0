using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>
/// evaluation/*.yml: one project's self-evaluation (项目支出绩效自评表) for the disclosure beside it. Kept in a file of its
/// own because staff write it months after the targets, which stay untouched.
/// </summary>
public sealed record EvaluationFormat : MapFormat
{
    public ContentField Project { get; } = new("project", "项目编码", Code, required: true, "被评价项目的项目编码（与 projects/ 中的 code 相同）");
    public ContentField Funds { get; } = new("funds", "项目资金", ContentFormat.EvaluationFunds, required: true, "项目资金（与公开文档同一金额单位）");
    public ContentField Indicators { get; } = new("indicators", "绩效指标完成情况", new ListType(ContentFormat.EvaluatedIndicator), required: true, "每个已公开的绩效指标一项，按三级指标名称或 id 对应，顺序不限");
    public ContentField Conclusion { get; } = new("conclusion", "自评结论", Prose, description: "自评结论（Markdown）");

    internal EvaluationFormat()
        : base("绩效自评") => Define(Project, Funds, Indicators, Conclusion);
}
