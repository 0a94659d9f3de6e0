using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>Binds one project file (projects/*.yml).</summary>
internal static class ProjectBinder
{
    public static Project? Bind(YamlNode? root, Department? department, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(root, "项目", diagnostics) is not { } map)
        {
            return null;
        }

        var code = Code(map);
        var name = map.RequiredText("name", "项目名称");
        var unit = map.Optional("unit") is { } unitNode ? DepartmentBinder.Bind(unitNode, "单位", diagnostics) : department;
        var budget = BindBudget(map.Required("budget", "预算规模"), diagnostics);
        var purpose = Scalars.Prose(map.Required("purpose", "资金用途"), "资金用途", diagnostics);
        var plan = Scalars.List(map.Optional("spending_plan"), "资金支出计划", diagnostics)
            .Select(node => Checkpoint(node, diagnostics)).OfType<SpendingCheckpoint>().ToList();
        var goals = NumberedSectionBinder.ProseList(map.Required("goals", "绩效目标"), "绩效目标", diagnostics);
        var indicatorsNode = map.Required("indicators", "绩效指标");
        var indicators = IndicatorBinder.BindAll(indicatorsNode, "绩效指标", diagnostics);
        var details = Details(map);
        map.Finish();

        if (code is null || name is null || unit is null || budget is null || purpose is null || indicatorsNode is null || indicators is null || details is null)
        {
            return null;
        }

        return new Project(code, name, unit, budget, purpose, plan, goals, indicators, details, map.Location, indicatorsNode.Location);
    }

    private static string? Code(MapReader map)
    {
        var node = map.Required("code", "项目编码");
        var code = Scalars.Text(node, "项目编码", map.Diagnostics);
        if (code is not null && !Codes.IsUrlSafe(code))
        {
            map.Diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location,
                $"项目编码 “{code}” 只能包含字母、数字、“-”、“_” 和 “.”（它会成为网址的一部分）");
            return null;
        }

        return code;
    }

    private static Budget? BindBudget(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(node, "预算规模", diagnostics) is not { } map)
        {
            return null;
        }

        var total = Scalars.Amount(map.Required("total", "预算数"), "预算数", diagnostics);
        var fiscal = Scalars.Amount(map.Optional("fiscal"), "财政资金", diagnostics);
        var other = Scalars.Amount(map.Optional("other"), "其他资金", diagnostics);
        map.Finish();
        return total is null ? null : new Budget(total, fiscal, other);
    }

    private static SpendingCheckpoint? Checkpoint(YamlNode node, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(node, "资金支出计划的节点", diagnostics) is not { } map)
        {
            return null;
        }

        var label = map.RequiredText("checkpoint", "时间节点");
        var percent = Scalars.Amount(map.Required("percent", "累计支出百分比"), "累计支出百分比", diagnostics);
        map.Finish();
        return label is null || percent is null ? null : new SpendingCheckpoint(label, percent);
    }

    private static ProjectDetails? Details(MapReader map)
    {
        var d = map.Diagnostics;
        var longTermIndicators = IndicatorBinder.BindAll(map.Optional("long_term_indicators"), "长期绩效指标", d);
        // Every key is read even when the long-term table is broken: an unread key would be reported as unknown.
        var details = new ProjectDetails(
            SupervisingDepartment: map.OptionalText("supervising_department", "主管部门"),
            ImplementingUnit: map.OptionalText("implementing_unit", "实施单位"),
            Manager: map.OptionalText("manager", "项目负责人"),
            Attribute: map.OptionalText("attribute", "项目属性"),
            Category: map.OptionalText("category", "项目分类"),
            Period: map.OptionalText("period", "建设周期"),
            ApprovalBasis: Scalars.Prose(map.Optional("approval_basis"), "立项依据", d),
            SubjectCode: map.OptionalText("subject_code", "财政资金科目代码"),
            LongTermGoals: NumberedSectionBinder.ProseList(map.Optional("long_term_goals"), "长期绩效目标", d),
            LongTermIndicators: longTermIndicators ?? [],
            CostBreakdown: [.. Scalars.List(map.Optional("cost_breakdown"), "成本构成", d).Select(n => CostItem(n, d)).OfType<CostItem>()]);
        return longTermIndicators is null ? null : details;
    }

    private static CostItem? CostItem(YamlNode node, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(node, "成本构成的条目", diagnostics) is not { } map)
        {
            return null;
        }

        var item = map.RequiredText("item", "成本项目");
        var amount = Scalars.Amount(map.Optional("amount"), "成本金额", diagnostics);
        var basis = map.OptionalText("basis", "测算依据");
        map.Finish();
        return item is null ? null : new CostItem(item, amount, basis);
    }
}
