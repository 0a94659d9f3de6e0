using SiteGen.Diagnostics;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Recognition;

/// <summary>
/// Part 1 (部门整体绩效目标): the sections 总体绩效目标, 分项绩效目标 and 工作保障措施, each a heading
/// followed by paragraphs. Unnumbered paragraphs before the first numbered one are the introduction; a
/// later unnumbered paragraph continues the item above it.
/// </summary>
internal sealed class PartOneReader(DiagnosticBag diagnostics)
{
    private enum Section { None, Overall, SubGoals, Measures, Unknown }

    private readonly SectionBuilder overall = new();
    private readonly SectionBuilder measures = new();
    private readonly List<(string Title, List<string> Text)> subGoals = [];
    private Section current;

    public bool HasOverallGoals => overall.Items.Count > 0 || overall.Intro.Count > 0;

    /// <summary>True when the paragraph names a section of Part 1 (with or without a heading style).</summary>
    public static bool IsSectionHeading(Paragraph paragraph) => SectionNamed(paragraph) is not (Section.None or Section.Unknown);

    public void Add(Paragraph paragraph)
    {
        var section = SectionNamed(paragraph);
        if (section != Section.None)
        {
            current = section;
            if (section == Section.Unknown)
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, paragraph.At,
                    $"第一部分的这一节 “{paragraph.Text}” 不是总体绩效目标、分项绩效目标或工作保障措施，这一节没有导入");
            }

            return;
        }

        switch (current)
        {
            case Section.Overall:
                overall.Add(paragraph.Text);
                break;
            case Section.Measures:
                measures.Add(paragraph.Text);
                break;
            case Section.SubGoals:
                AddSubGoal(paragraph);
                break;
            case Section.None:
                diagnostics.Report(DiagnosticCodes.ImportSkipped, paragraph.At,
                    "这一段不在总体绩效目标、分项绩效目标或工作保障措施之下，没有导入");
                break;
            case Section.Unknown:
                break;
        }
    }

    public SectionDraft OverallGoals() => overall.Draft();

    public SectionDraft? Measures() => measures.IsEmpty ? null : measures.Draft();

    public IReadOnlyList<SubGoalDraft> SubGoals() =>
        [.. subGoals.Select(g => new SubGoalDraft(g.Title, g.Text.Count == 0 ? null : MarkdownText.FromParagraphs(g.Text)))];

    /// <summary>一、标题。内容 — the title is the first sentence; an unnumbered paragraph continues the sub-goal.</summary>
    private void AddSubGoal(Paragraph paragraph)
    {
        if (Numbering.TryStrip(paragraph.Text, out var rest))
        {
            var end = rest.IndexOf('。', StringComparison.Ordinal);
            end = end >= 0 ? end : rest.IndexOfAny(['：', ':']);
            var title = end < 0 ? rest : rest[..end];
            var text = end < 0 ? "" : rest[(end + 1)..].Trim();
            subGoals.Add((title, text.Length == 0 ? [] : [text]));
        }
        else if (subGoals.Count > 0)
        {
            subGoals[^1].Text.Add(paragraph.Text);
        }
        else
        {
            diagnostics.Report(DiagnosticCodes.ImportSkipped, paragraph.At,
                "分项绩效目标应以编号开头（如 “一、标题。内容”），这一段没有导入");
        }
    }

    private static Section SectionNamed(Paragraph paragraph)
    {
        var text = Labels.Normalise(Numbering.TryStrip(paragraph.Text, out var rest) ? rest : paragraph.Text);
        var looksLikeHeading = paragraph.IsHeading || (text.Length <= 20 && !text.Contains('。', StringComparison.Ordinal));
        if (!looksLikeHeading)
        {
            return Section.None;
        }

        return text switch
        {
            _ when text.Contains("总体", StringComparison.Ordinal) && text.Contains("目标", StringComparison.Ordinal) => Section.Overall,
            _ when text.Contains("分项", StringComparison.Ordinal) && text.Contains("目标", StringComparison.Ordinal) => Section.SubGoals,
            _ when text.Contains("保障措施", StringComparison.Ordinal) || text == "工作措施" => Section.Measures,
            _ when paragraph.IsHeading => Section.Unknown,
            _ => Section.None,
        };
    }

    /// <summary>An introduction and numbered items of one section.</summary>
    private sealed class SectionBuilder
    {
        public List<string> Intro { get; } = [];

        public List<List<string>> Items { get; } = [];

        public bool IsEmpty => Intro.Count == 0 && Items.Count == 0;

        public void Add(string paragraph)
        {
            if (Numbering.TryStrip(paragraph, out var rest))
            {
                Items.Add([rest]);
            }
            else if (Items.Count > 0)
            {
                Items[^1].Add(paragraph);
            }
            else
            {
                Intro.Add(paragraph);
            }
        }

        public SectionDraft Draft() => new(
            Intro.Count == 0 ? null : MarkdownText.FromParagraphs(Intro),
            [.. Items.Select(MarkdownText.FromParagraphs)]);
    }
}
