using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>One indicator row of a mid-year monitoring (财预〔2019〕136号 style): progress, forecast and how likely the target is.</summary>
public sealed record MonitoredIndicatorFormat : MapFormat
{
    /// <summary>偏差原因: the fixed list of the monitoring form.</summary>
    public static IReadOnlyList<string> CauseNames { get; } = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"];

    /// <summary>完成目标可能性, from sure to impossible.</summary>
    public static IReadOnlyList<string> Likelihoods { get; } = ["确定能", "有可能", "完全不可能"];

    public ContentField Indicator { get; } = new("indicator", "三级指标", Text, required: true, "对应的已公开指标：三级指标名称，或指标行的 id");
    public ContentField Actual { get; } = new("actual", "1-7月实际完成值", new TextType(Example: "140篇"), required: true, "截至监控日期的实际完成值，原文照录，例如 140篇、96%、正常");
    public ContentField Forecast { get; } = new("forecast", "全年预计完成值", new TextType(Example: "240篇"), required: true, "预计全年完成值，原文照录");
    public ContentField Likelihood { get; } = new("likelihood", "完成目标可能性", new TextType(Values: Likelihoods, Example: "确定能"), required: true, "确定能 / 有可能 / 完全不可能");
    public ContentField Causes { get; } = new("causes", "偏差原因", new ListType(new TextType(Values: CauseNames, Example: "经费保障")), description: "可能完不成时必填，可多选：经费保障、制度保障、人员保障、硬件条件保障、其他");
    public ContentField Explanation { get; } = new("explanation", "原因说明", Prose, description: "可能完不成时必填：偏差的原因和拟采取的措施（Markdown）");

    internal MonitoredIndicatorFormat()
        : base("指标运行情况") => Define(Indicator, Actual, Forecast, Likelihood, Causes, Explanation);
}
