using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model.Frameworks;

namespace SiteGen.Model.Binding;

/// <summary>Binds a disclosure.yml (Part 1 and the document's settings); projects are bound separately.</summary>
internal static class DisclosureBinder
{
    public static readonly string[] MoneyUnits = ["万元", "元"];

    public static Disclosure? Bind(YamlNode? root, IReadOnlyList<Project> projects, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(root, "公开文档", diagnostics) is not { } map)
        {
            return null;
        }

        var year = Scalars.Integer(map.Required("year", "预算年度"), "预算年度", diagnostics);
        var framework = Framework(map, year);
        var department = DepartmentBinder.Bind(map.Required("department", "部门"), "部门", diagnostics);
        var moneyUnit = MoneyUnit(map);
        var overallGoals = NumberedSectionBinder.Bind(map.Required("overall_goals", "总体绩效目标"), "总体绩效目标", diagnostics);
        var subGoals = Scalars.List(map.Optional("sub_goals"), "分项绩效目标", diagnostics)
            .Select(node => SubGoal(node, diagnostics)).OfType<SubGoal>().ToList();
        var measures = NumberedSectionBinder.Bind(map.Optional("measures"), "工作保障措施", diagnostics);
        map.Finish();

        if (year is null || framework is null || department is null || moneyUnit is null || overallGoals is null)
        {
            return null;
        }

        return new Disclosure(year.Value, framework, department, moneyUnit, overallGoals, subGoals, measures, projects, map.Location);
    }

    private static IndicatorFramework? Framework(MapReader map, int? year)
    {
        var node = map.Optional("framework");
        var name = Scalars.Text(node, "指标体系", map.Diagnostics);
        if (name is null)
        {
            return year is null ? null : IndicatorFramework.DefaultFor(year.Value);
        }

        var framework = IndicatorFramework.Named(name);
        if (framework is null)
        {
            map.Diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location,
                $"指标体系 “{name}” 不存在：可选 {string.Join(" 或 ", IndicatorFramework.All.Select(f => f.Name))}（不写时按年度自动选择）");
        }

        return framework;
    }

    private static string? MoneyUnit(MapReader map)
    {
        var node = map.Optional("money_unit");
        var unit = Scalars.Text(node, "金额单位", map.Diagnostics);
        if (unit is null)
        {
            return node is null ? MoneyUnits[0] : null;
        }

        if (MoneyUnits.Contains(unit, StringComparer.Ordinal))
        {
            return unit;
        }

        map.Diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location, $"金额单位 “{unit}” 不支持：可选 {string.Join(" 或 ", MoneyUnits)}");
        return null;
    }

    private static SubGoal? SubGoal(YamlNode node, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(node, "分项绩效目标", diagnostics) is not { } map)
        {
            return null;
        }

        var title = map.RequiredText("title", "分项目标标题");
        var text = Scalars.Prose(map.Required("text", "分项目标内容"), "分项目标内容", diagnostics);
        map.Finish();
        return title is null || text is null ? null : new SubGoal(title, text);
    }
}
