using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>A numbered section of Part 1 (总体绩效目标, 工作保障措施): an introduction and numbered items.</summary>
public sealed record SectionFormat : MapFormat
{
    public ContentField Intro { get; }
    public ContentField Items { get; }

    internal SectionFormat(string label)
        : base(label)
    {
        Intro = new("intro", $"{label}的引言", Prose, description: "引言（Markdown），原文照录");
        Items = new("items", $"{label}的条目", ProseList, description: "各条内容（Markdown）。页面自动编号，这里不要写编号");
        Define(Intro, Items);
    }
}
