using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Frameworks;

namespace SiteGen.Model.Binding;

/// <summary>Binds a disclosure.yml (Part 1 and the document's settings); projects are bound separately.</summary>
internal static class DisclosureBinder
{
    private static readonly DisclosureFormat F = ContentFormat.Disclosure;

    /// <summary>万元 (the default, first) or 元, as the format lists them.</summary>
    public static IReadOnlyList<string> MoneyUnits { get; } = ((TextType)F.MoneyUnit.Type).Values!;

    public static Disclosure? Bind(YamlNode? root, IReadOnlyList<Project> projects, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(root, F, diagnostics) is not { } map)
        {
            return null;
        }

        var year = Scalars.Integer(map.Required(F.Year), F.Year.Title, diagnostics);
        var framework = Framework(map, year);
        var department = DepartmentBinder.Bind(map.Required(F.Department), ContentFormat.Department, diagnostics);
        var moneyUnit = MoneyUnit(map);
        // Part 1 is optional (a disclosure may be projects only): absent, it is an empty section; present, it must bind.
        var overallGoalsNode = map.Optional(F.OverallGoals);
        var overallGoals = overallGoalsNode is null
            ? new NumberedSection(null, [])
            : NumberedSectionBinder.Bind(overallGoalsNode, ContentFormat.OverallGoals, diagnostics);
        var subGoals = map.List(F.SubGoals).Select(node => SubGoal(node, diagnostics)).OfType<SubGoal>().ToList();
        var measures = NumberedSectionBinder.Bind(map.Optional(F.Measures), ContentFormat.Measures, diagnostics);
        var departmentIndicatorsNode = map.Optional(F.DepartmentIndicators);
        var departmentIndicators = departmentIndicatorsNode is null
            ? []
            : IndicatorBinder.BindAll(Scalars.List(departmentIndicatorsNode, F.DepartmentIndicators.Title, diagnostics), diagnostics);
        var draft = Scalars.Boolean(map.Optional(F.Draft), F.Draft.Title, diagnostics) ?? false;
        var info = PublicInfoBinder.Bind(map, year, department);
        map.Finish();

        if (year is null || framework is null || department is null || moneyUnit is null || overallGoals is null || departmentIndicators is null)
        {
            return null;
        }

        return new Disclosure(year.Value, framework, department, moneyUnit, overallGoals, subGoals, measures, projects, map.Location, draft, Info: info,
            DepartmentIndicators: departmentIndicators.Count == 0 ? null : departmentIndicators);
    }

    /// <summary>
    /// The department a project's table shows by default, read quietly: <see cref="Bind"/> reports any problem with
    /// it once, not once per project.
    /// </summary>
    public static Department? PeekDepartment(YamlNode? root) =>
        DepartmentBinder.Bind(
            (root as YamlMapping)?.Entries.FirstOrDefault(e => e.Key.Value == F.Department.Key)?.Value,
            ContentFormat.Department,
            new DiagnosticBag());

    private static IndicatorFramework? Framework(MapReader map, int? year)
    {
        var node = map.Optional(F.Framework);
        var name = Scalars.Text(node, F.Framework.Title, map.Diagnostics);
        if (name is null)
        {
            return year is null ? null : IndicatorFramework.DefaultFor(year.Value);
        }

        var framework = IndicatorFramework.Named(name);
        if (framework is null)
        {
            map.Diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location,
                $"{F.Framework.Title} “{name}” 不存在：可选 {string.Join(" 或 ", IndicatorFramework.All.Select(f => f.Name))}（不写时按年度自动选择）");
        }

        return framework;
    }

    private static string? MoneyUnit(MapReader map)
    {
        var node = map.Optional(F.MoneyUnit);
        var unit = Scalars.Text(node, F.MoneyUnit.Title, map.Diagnostics);
        if (unit is null)
        {
            return node is null ? MoneyUnits[0] : null;
        }

        if (MoneyUnits.Contains(unit, StringComparer.Ordinal))
        {
            return unit;
        }

        map.Diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location, $"{F.MoneyUnit.Title} “{unit}” 不支持：可选 {string.Join(" 或 ", MoneyUnits)}");
        return null;
    }

    private static SubGoal? SubGoal(YamlNode node, DiagnosticBag diagnostics)
    {
        var format = ContentFormat.SubGoal;
        if (MapReader.Open(node, format, diagnostics) is not { } map)
        {
            return null;
        }

        var title = map.RequiredText(format.Title);
        var text = map.RequiredProse(format.Text);
        map.Finish();
        return title is null || text is null ? null : new SubGoal(title, text);
    }
}
