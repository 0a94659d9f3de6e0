using System.Globalization;
using SiteGen.Format;
using SiteGen.Import.Recognition;

namespace SiteGen.Import.Writing;

/// <summary>disclosure.yml: the document's settings and Part 1, written by the content format's one writer.</summary>
internal static class DisclosureYaml
{
    private static readonly DisclosureFormat D = ContentFormat.Disclosure;

    public static string Write(DisclosureDraft draft)
    {
        var goal = ContentFormat.SubGoal;
        var map = new ContentMap(D)
            .Set(D.Year, draft.Year.ToString(CultureInfo.InvariantCulture))
            .Set(D.Framework, draft.Framework)
            .Set(D.Department, ProjectYaml.Department(ContentFormat.Department, draft.Department))
            .Set(D.MoneyUnit, draft.MoneyUnit)
            .Set(D.OverallGoals, draft.OverallGoals is { } overall ? Section(ContentFormat.OverallGoals, overall) : null)
            .Set(D.SubGoals, draft.SubGoals.Select(g => new ContentMap(goal).Set(goal.Title, g.Title).Set(goal.Text, g.Text)))
            .Set(D.Measures, draft.Measures is { } measures ? Section(ContentFormat.Measures, measures) : null)
            .Set(D.DepartmentIndicators, (draft.DepartmentIndicators ?? []).Select(ProjectYaml.Indicator));
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../", "disclosure.schema.json"),
            draft.OverallGoals is null && draft.DepartmentIndicators is null && draft.SubGoals.Count == 0 && draft.Measures is null
                ? $"来源：{draft.SourceFile}（文档没有第一部分，只有项目表）"
                : $"来源：{draft.SourceFile}（第一部分 部门整体绩效目标）");
    }

    private static ContentMap Section(SectionFormat format, SectionDraft section) =>
        new ContentMap(format).Set(format.Intro, section.Intro).Set(format.Items, section.Items);
}
