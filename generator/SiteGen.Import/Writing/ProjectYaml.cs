using SiteGen.Content;
using SiteGen.Import.Recognition;

namespace SiteGen.Import.Writing;

/// <summary>One project file (projects/N-名称.yml), keys in the order the README documents them.</summary>
internal static class ProjectYaml
{
    public static string Write(ProjectDraft project, string sourceFile)
    {
        var yaml = new YamlText()
            .SchemaComment("../../../", "project.schema.json")
            .Comment($"来源：{sourceFile}（第二部分 预算项目绩效目标表{(project.Heading is { } heading ? " " + heading : "")}）")
            .Field(0, "code", project.Code)
            .Field(0, "name", project.Name);
        if (project.Unit is { } unit)
        {
            yaml.Key(0, "unit").Field(2, "code", unit.Code).Field(2, "name", unit.Name);
        }

        yaml.Key(0, "budget")
            .Amount(2, "total", project.Budget.Total)
            .Amount(2, "fiscal", project.Budget.Fiscal)
            .Amount(2, "other", project.Budget.Other)
            .Prose(0, "purpose", project.Purpose.Length == 0 ? null : project.Purpose);
        foreach (var (key, value) in project.Details)
        {
            if (key == "approval_basis")
            {
                yaml.Prose(0, key, value);
            }
            else
            {
                yaml.Field(0, key, value);
            }
        }

        if (project.SpendingPlan.Count > 0)
        {
            yaml.Key(0, "spending_plan");
            foreach (var checkpoint in project.SpendingPlan)
            {
                yaml.ItemField(2, "checkpoint", checkpoint.Label).Amount(4, "percent", checkpoint.Percent);
            }
        }

        ProseList(yaml, "long_term_goals", project.LongTermGoals, required: false);
        ProseList(yaml, "goals", project.Goals, required: true);
        yaml.Key(0, "indicators");
        foreach (var indicator in project.Indicators)
        {
            Indicator(yaml, indicator);
        }

        return yaml.ToString();
    }

    private static void ProseList(YamlText yaml, string key, IReadOnlyList<string> items, bool required)
    {
        if (items.Count == 0)
        {
            if (required)
            {
                yaml.Key(0, key); // left empty for a person to fill; the check points here
            }

            return;
        }

        yaml.Key(0, key);
        foreach (var item in items)
        {
            yaml.ProseItem(2, item);
        }
    }

    private static void Indicator(YamlText yaml, IndicatorDraft indicator)
    {
        yaml.ItemField(2, "level1", indicator.Level1)
            .Field(4, "level2", indicator.Level2)
            .Field(4, "name", indicator.Name);
        Optional(yaml, "description", indicator.Description);
        yaml.Field(4, "target", indicator.Target);
        Optional(yaml, "basis", indicator.Basis);
        if (indicator.Weight is { } weight)
        {
            yaml.Amount(4, "weight", weight);
        }

        if (indicator.Core is { } core)
        {
            if (core is "true" or "false")
            {
                yaml.Raw(4, "core", core);
            }
            else
            {
                yaml.Field(4, "core", core);
            }
        }

        Optional(yaml, "previous_target", indicator.PreviousTarget);
    }

    private static void Optional(YamlText yaml, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Field(4, key, value);
        }
    }
}
