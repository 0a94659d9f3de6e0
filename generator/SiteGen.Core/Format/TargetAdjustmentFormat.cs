using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>An approved change of a target during the year (调整): the new target, scored against, and why.</summary>
public sealed record TargetAdjustmentFormat : MapFormat
{
    public ContentField Target { get; } = new("target", "调整后指标值", new TextType(Example: "≥200篇"), required: true);
    public ContentField Reason { get; } = new("reason", "调整理由", Text, required: true, "调整理由及批准情况");

    internal TargetAdjustmentFormat()
        : base("指标调整") => Define(Target, Reason);
}
