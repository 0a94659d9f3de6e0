using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>One checkpoint of a project's cumulative spending plan.</summary>
internal sealed record SpendingCheckpointRecord
{
    [Description("时间节点")]
    public required string Checkpoint { get; init; }

    [DecimalText]
    [Description("累计支出百分比")]
    public required string Percent { get; init; }

    public static SpendingCheckpointRecord From(SpendingCheckpoint checkpoint) => new()
    {
        Checkpoint = checkpoint.Label,
        Percent = checkpoint.Percent.Text,
    };
}
