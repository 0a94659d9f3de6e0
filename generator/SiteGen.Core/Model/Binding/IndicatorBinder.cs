using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Targets;

namespace SiteGen.Model.Binding;

/// <summary>Binds indicator rows; every row names its own levels, so a row can be moved without breaking others.</summary>
internal static class IndicatorBinder
{
    private static readonly IndicatorFormat F = ContentFormat.Indicator;

    /// <summary>
    /// All rows, or null when any row is broken (reported): a table missing a row would draw
    /// misleading warnings, such as a missing 一级 group, from the rows that remain.
    /// </summary>
    public static IReadOnlyList<Indicator>? BindAll(IReadOnlyList<YamlNode> rows, DiagnosticBag diagnostics)
    {
        var bound = rows.Select(row => Bind(row, diagnostics)).ToList();
        return bound.Contains(null) ? null : bound.OfType<Indicator>().ToList();
    }

    private static Indicator? Bind(YamlNode row, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(row, F, diagnostics) is not { } map)
        {
            return null;
        }

        var level1Node = map.Required(F.Level1);
        var level2Node = map.Required(F.Level2);
        var targetNode = map.Required(F.Target);
        var level1 = Scalars.Text(level1Node, F.Level1.Title, diagnostics);
        var level2 = Scalars.Text(level2Node, F.Level2.Title, diagnostics);
        var name = map.RequiredText(F.Name);
        var description = map.OptionalText(F.Description);
        var target = Scalars.Text(targetNode, F.Target.Title, diagnostics);
        var basis = map.OptionalText(F.Basis);
        var weight = map.OptionalAmount(F.Weight);
        var core = Scalars.Boolean(map.Optional(F.Core), F.Core.Title, diagnostics) ?? false;
        var previous = map.OptionalText(F.PreviousTarget);
        var id = map.OptionalText(F.Id);
        map.Finish();

        if (level1 is null || level2 is null || name is null || target is null)
        {
            return null;
        }

        var at = new IndicatorLocations(map.Location, level1Node!.Location, level2Node!.Location, targetNode!.Location,
            map.Optional(F.Name)?.Location, map.Optional(F.Description)?.Location, map.Optional(F.Basis)?.Location, map.Optional(F.PreviousTarget)?.Location);
        return new Indicator(level1, level2, name, description, TargetValueParser.Parse(target), basis, weight, core, previous, at, id);
    }
}
