using SiteGen.Format;
using SiteGen.Import.Recognition;

namespace SiteGen.Import.Writing;

/// <summary>One project file (projects/N-名称.yml), written by the content format's one writer.</summary>
internal static class ProjectYaml
{
    private static readonly ProjectFormat P = ContentFormat.Project;

    public static string Write(ProjectDraft project, string sourceFile)
    {
        var map = (project.Code is null ? new ContentMap(P).SetBlank(P.Code) : new ContentMap(P).Set(P.Code, project.Code))
            .Set(P.Name, project.Name)
            .Set(P.Unit, project.Unit is { } unit ? Department(ContentFormat.Unit, unit) : null)
            .Set(P.Budget, Budget(project.Budget))
            .Set(P.Purpose, project.Purpose)
            .Set(P.SpendingPlan, project.SpendingPlan.Select(c => new ContentMap(ContentFormat.Checkpoint)
                .Set(ContentFormat.Checkpoint.Checkpoint, c.Label)
                .Set(ContentFormat.Checkpoint.Percent, c.Percent)))
            .Set(P.LongTermGoals, project.LongTermGoals)
            .Set(P.Goals, project.Goals)
            .Set(P.Indicators, project.Indicators.Select(Indicator))
            .Set(P.LongTermIndicators, (project.LongTermIndicators ?? []).Select(Indicator));
        foreach (var (field, value) in project.Details)
        {
            map.Set(field, value);
        }

        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../../", "project.schema.json"),
            $"来源：{sourceFile}（第二部分 预算项目绩效目标表{(project.Heading is { } heading ? " " + heading : "")}）");
    }

    /// <summary>A department or unit as the document wrote it.</summary>
    public static ContentMap Department(DepartmentFormat format, DepartmentDraft department) =>
        new ContentMap(format).Set(format.Code, department.Code).Set(format.Name, department.Name);

    /// <summary>预算数, 财政资金 and 其他资金; a blank cell stays visibly blank (<c>other:</c>).</summary>
    private static ContentMap Budget(BudgetDraft budget)
    {
        var b = ContentFormat.Budget;
        var map = new ContentMap(b).Set(b.Total, budget.Total);
        map = budget.Fiscal is null ? map.SetBlank(b.Fiscal) : map.Set(b.Fiscal, budget.Fiscal);
        return budget.Other is null ? map.SetBlank(b.Other) : map.Set(b.Other, budget.Other);
    }

    public static ContentMap Indicator(IndicatorDraft indicator)
    {
        var i = ContentFormat.Indicator;
        return new ContentMap(i)
            .Set(i.Level1, indicator.Level1)
            .Set(i.Level2, indicator.Level2)
            .Set(i.Name, indicator.Name)
            .Set(i.Description, indicator.Description)
            .Set(i.Target, indicator.Target)
            .Set(i.Basis, indicator.Basis)
            .Set(i.Weight, indicator.Weight)
            .Set(i.Core, indicator.Core)
            .Set(i.PreviousTarget, indicator.PreviousTarget);
    }
}
