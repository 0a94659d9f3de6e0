using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>Part 1 of the disclosure, the department's goals as a whole.</summary>
internal sealed record PartOneRecord
{
    [Description("总体绩效目标")]
    public required SectionRecord OverallGoals { get; init; }

    [Description("分项绩效目标")]
    public required IReadOnlyList<SubGoalRecord> SubGoals { get; init; }

    [Description("工作保障措施")]
    public required SectionRecord? Measures { get; init; }

    public static PartOneRecord From(Disclosure d) => new()
    {
        OverallGoals = SectionRecord.From(d.OverallGoals),
        SubGoals = [.. d.SubGoals.Select(SubGoalRecord.From)],
        Measures = d.Measures is { } measures ? SectionRecord.From(measures) : null,
    };
}
