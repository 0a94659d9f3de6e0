using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Model.Binding;

/// <summary>Binds one project file (projects/*.yml).</summary>
internal static class ProjectBinder
{
    private static readonly ProjectFormat F = ContentFormat.Project;

    public static Project? Bind(YamlNode? root, Department? department, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(root, F, diagnostics) is not { } map)
        {
            return null;
        }

        var written = Code(map, out var codeBroken);
        var name = map.RequiredText(F.Name);
        var code = written ?? (name is null ? null : ProjectKeys.FromName(name));
        var unit = map.Optional(F.Unit) is { } unitNode ? DepartmentBinder.Bind(unitNode, ContentFormat.Unit, diagnostics) : department;
        var budget = BindBudget(map.Required(F.Budget), diagnostics);
        var purpose = map.RequiredProse(F.Purpose);
        var plan = map.List(F.SpendingPlan).Select(node => Checkpoint(node, diagnostics)).OfType<SpendingCheckpoint>().ToList();
        var goals = map.ProseList(map.Required(F.Goals), F.Goals);
        var indicatorsNode = map.Required(F.Indicators);
        var indicators = IndicatorBinder.BindAll(Scalars.List(indicatorsNode, F.Indicators.Title, diagnostics), diagnostics);
        var details = Details(map);
        map.Finish();

        if (codeBroken || code is null || name is null || unit is null || budget is null || purpose is null || indicatorsNode is null || indicators is null || details is null)
        {
            return null;
        }

        return new Project(code, name, unit, budget, purpose, plan, goals, indicators, details, map.Location, indicatorsNode.Location, CodeDerived: written is null);
    }

    /// <summary>The 项目编码 as written; null when the form has none (blank or no key), which is allowed.</summary>
    private static string? Code(MapReader map, out bool broken)
    {
        var node = map.Optional(F.Code);
        var code = Scalars.Text(node, F.Code.Title, map.Diagnostics);
        broken = node is not null && code is null;
        if (code is not null && !Codes.IsUrlSafe(code))
        {
            map.Diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location,
                $"{F.Code.Title} “{code}” 只能包含字母、数字、“-”、“_” 和 “.”（它会成为网址的一部分）");
            broken = true;
            return null;
        }

        return code is { Length: 0 } ? null : code;
    }

    private static Budget? BindBudget(YamlNode? node, DiagnosticBag diagnostics)
    {
        var format = ContentFormat.Budget;
        if (MapReader.Open(node, format, diagnostics) is not { } map)
        {
            return null;
        }

        var total = map.RequiredAmount(format.Total);
        var fiscal = map.OptionalAmount(format.Fiscal);
        var other = map.OptionalAmount(format.Other);
        map.Finish();
        return total is null ? null : new Budget(total, fiscal, other);
    }

    private static SpendingCheckpoint? Checkpoint(YamlNode node, DiagnosticBag diagnostics)
    {
        var format = ContentFormat.Checkpoint;
        if (MapReader.Open(node, format, diagnostics) is not { } map)
        {
            return null;
        }

        var label = map.RequiredText(format.Checkpoint);
        var percent = map.RequiredAmount(format.Percent);
        map.Finish();
        return label is null || percent is null ? null : new SpendingCheckpoint(label, percent);
    }

    private static ProjectDetails? Details(MapReader map)
    {
        var d = map.Diagnostics;
        var longTermIndicators = IndicatorBinder.BindAll(map.List(F.LongTermIndicators), d);
        // Every key is read even when the long-term table is broken: an unread key would be reported as unknown.
        var details = new ProjectDetails(
            SupervisingDepartment: map.OptionalText(F.SupervisingDepartment),
            ImplementingUnit: map.OptionalText(F.ImplementingUnit),
            Manager: map.OptionalText(F.Manager),
            Attribute: map.OptionalText(F.Attribute),
            Category: map.OptionalText(F.Category),
            Period: map.OptionalText(F.Period),
            ApprovalBasis: map.OptionalProse(F.ApprovalBasis),
            SubjectCode: map.OptionalText(F.SubjectCode),
            FundingSource: map.OptionalText(F.FundingSource),
            LongTermGoals: map.ProseList(map.Optional(F.LongTermGoals), F.LongTermGoals),
            LongTermIndicators: longTermIndicators ?? [],
            CostBreakdown: [.. map.List(F.CostBreakdown).Select(n => CostItem(n, d)).OfType<CostItem>()]);
        return longTermIndicators is null ? null : details;
    }

    private static CostItem? CostItem(YamlNode node, DiagnosticBag diagnostics)
    {
        var format = ContentFormat.CostItem;
        if (MapReader.Open(node, format, diagnostics) is not { } map)
        {
            return null;
        }

        var item = map.RequiredText(format.Item);
        var amount = map.OptionalAmount(format.Amount);
        var basis = map.OptionalText(format.Basis);
        map.Finish();
        return item is null ? null : new CostItem(item, amount, basis);
    }
}
