using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>One sub-goal (分项绩效目标): a short title and its text.</summary>
public sealed record SubGoalFormat : MapFormat
{
    public ContentField Title { get; } = new("title", "分项目标标题", ContentTypes.Text, required: true, "小标题（不带句号）");
    public ContentField Text { get; } = new("text", "分项目标内容", Prose, required: true, "内容（Markdown）");

    internal SubGoalFormat()
        : base("分项绩效目标") => Define(Title, Text);
}
