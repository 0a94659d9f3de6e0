using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model.Targets;

namespace SiteGen.Model.Binding;

/// <summary>Binds indicator rows; every row names its own levels, so a row can be moved without breaking others.</summary>
internal static class IndicatorBinder
{
    /// <summary>
    /// All rows, or null when any row is broken (reported): a table missing a row would draw
    /// misleading warnings, such as a missing 一级 group, from the rows that remain.
    /// </summary>
    public static IReadOnlyList<Indicator>? BindAll(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        var rows = Scalars.List(node, label, diagnostics).Select(row => Bind(row, diagnostics)).ToList();
        return rows.Contains(null) ? null : rows.OfType<Indicator>().ToList();
    }

    private static Indicator? Bind(YamlNode row, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(row, "绩效指标", diagnostics) is not { } map)
        {
            return null;
        }

        var level1Node = map.Required("level1", "一级指标");
        var level2Node = map.Required("level2", "二级指标");
        var targetNode = map.Required("target", "指标值");
        var level1 = Scalars.Text(level1Node, "一级指标", diagnostics);
        var level2 = Scalars.Text(level2Node, "二级指标", diagnostics);
        var name = map.RequiredText("name", "三级指标");
        var description = map.OptionalText("description", "绩效指标描述");
        var target = Scalars.Text(targetNode, "指标值", diagnostics);
        var basis = map.OptionalText("basis", "指标值确定依据");
        var weight = Scalars.Amount(map.Optional("weight"), "分值", diagnostics);
        var core = Scalars.Boolean(map.Optional("core"), "是否核心指标", diagnostics) ?? false;
        var previous = map.OptionalText("previous_target", "上年指标值");
        map.Finish();

        if (level1 is null || level2 is null || name is null || target is null)
        {
            return null;
        }

        var at = new IndicatorLocations(map.Location, level1Node!.Location, level2Node!.Location, targetNode!.Location);
        return new Indicator(level1, level2, name, description, TargetValueParser.Parse(target), basis, weight, core, previous, at);
    }
}
