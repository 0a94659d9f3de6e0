using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>A numbered section of Part 1: its introduction and its paragraphs, as Markdown source.</summary>
internal sealed record SectionRecord
{
    [Description("引言（Markdown）")]
    public required string? Intro { get; init; }

    [Description("各条内容（Markdown），不含编号")]
    public required IReadOnlyList<string> Items { get; init; }

    public static SectionRecord From(NumberedSection section) => new()
    {
        Intro = section.Intro?.Markdown,
        Items = [.. section.Items.Select(i => i.Markdown)],
    };
}
