using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>
/// monitoring/*.yml: one project's mid-year monitoring (绩效运行监控, usually as of 7月31日) for the disclosure beside it,
/// in a file of its own like a self-evaluation: the targets stay untouched.
/// </summary>
public sealed record MonitoringFormat : MapFormat
{
    public ContentField Project { get; } = new("project", "项目编码", Code, required: true, "被监控项目的项目编码（与 projects/ 中的 code 相同）");
    public ContentField AsOf { get; } = new("as_of", "监控截止日期", Date, required: true, "数据截止日期 YYYY-MM-DD，须在预算年度内，通常为 7 月 31 日");
    public ContentField Funds { get; } = new("funds", "项目资金", ContentFormat.MonitoringFunds, required: true, "项目资金（与公开文档同一金额单位）");
    public ContentField Indicators { get; } = new("indicators", "绩效指标运行情况", new ListType(ContentFormat.MonitoredIndicator), required: true, "每个已公开的绩效指标一项，按三级指标名称或 id 对应，顺序不限");

    internal MonitoringFormat()
        : base("运行监控") => Define(Project, AsOf, Funds, Indicators);
}
