using SiteGen.Content;
using SiteGen.Import.Recognition;

namespace SiteGen.Import.Writing;

/// <summary>disclosure.yml: the document's settings and Part 1, keys in the order the README documents them.</summary>
internal static class DisclosureYaml
{
    public static string Write(DisclosureDraft draft)
    {
        var yaml = new YamlText()
            .SchemaComment("../../", "disclosure.schema.json")
            .Comment($"来源：{draft.SourceFile}（第一部分 部门整体绩效目标）")
            .Raw(0, "year", YamlText.Invariant(draft.Year))
            .Raw(0, "framework", draft.Framework)
            .Key(0, "department")
            .Field(2, "code", draft.Department.Code)
            .Field(2, "name", draft.Department.Name)
            .Field(0, "money_unit", draft.MoneyUnit);
        Section(yaml, "overall_goals", draft.OverallGoals);
        if (draft.SubGoals.Count > 0)
        {
            yaml.Key(0, "sub_goals");
            foreach (var goal in draft.SubGoals)
            {
                yaml.ItemField(2, "title", goal.Title).Prose(4, "text", goal.Text);
            }
        }

        if (draft.Measures is { } measures)
        {
            Section(yaml, "measures", measures);
        }

        return yaml.ToString();
    }

    private static void Section(YamlText yaml, string key, SectionDraft section)
    {
        yaml.Key(0, key);
        if (section.Intro is { } intro)
        {
            yaml.Prose(2, "intro", intro);
        }

        if (section.Items.Count > 0)
        {
            yaml.Key(2, "items");
            foreach (var item in section.Items)
            {
                yaml.ProseItem(4, item);
            }
        }
    }
}
