using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>One checkpoint of the cumulative spending plan (资金支出计划).</summary>
public sealed record CheckpointFormat : MapFormat
{
    public ContentField Checkpoint { get; } = new("checkpoint", "时间节点", Text, required: true, "例如 3月底");
    public ContentField Percent { get; } = new("percent", "累计支出百分比", Amount, required: true, "累计百分比，例如 25.00");

    internal CheckpointFormat()
        : base("资金支出计划的节点") => Define(Checkpoint, Percent);
}
