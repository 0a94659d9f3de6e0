using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>A sub-goal of Part 1.</summary>
internal sealed record SubGoalRecord
{
    [Description("小标题")]
    public required string Title { get; init; }

    [Description("内容（Markdown）")]
    public required string Text { get; init; }

    public static SubGoalRecord From(SubGoal goal) => new() { Title = goal.Title, Text = goal.Text.Markdown };
}
