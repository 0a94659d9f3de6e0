using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Evaluation;

namespace SiteGen.Model.Binding;

/// <summary>Binds department-evaluation.yml; its checks are <see cref="Rules.DepartmentEvaluationRules"/>'s.</summary>
internal static class DepartmentEvaluationBinder
{
    private static readonly DepartmentEvaluationFormat F = ContentFormat.DepartmentEvaluation;

    public static DepartmentEvaluation? Bind(YamlNode? root, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(root, F, diagnostics) is not { } map)
        {
            return null;
        }

        var indicatorsNode = map.Required(F.Indicators);
        var rows = Scalars.List(indicatorsNode, F.Indicators.Title, diagnostics)
            .Select(row => Indicator(row, diagnostics))
            .ToList();
        var total = map.OptionalAmount(F.Total);
        var conclusion = map.OptionalProse(F.Conclusion);
        map.Finish();

        return indicatorsNode is null || rows.Contains(null) ? null : new DepartmentEvaluation([.. rows.OfType<DepartmentEvaluatedIndicator>()], indicatorsNode?.Location ?? map.Location, total, conclusion, map.Location);
    }

    private static DepartmentEvaluatedIndicator? Indicator(YamlNode row, DiagnosticBag diagnostics)
    {
        var f = ContentFormat.DepartmentEvaluatedIndicator;
        if (MapReader.Open(row, f, diagnostics) is not { } map)
        {
            return null;
        }

        var level1 = map.OptionalText(f.Level1);
        var level2 = map.OptionalText(f.Level2);
        var name = map.RequiredText(f.Name);
        var initial = map.RequiredText(f.Initial);
        var adjusted = map.OptionalText(f.Adjusted);
        var actual = map.RequiredText(f.Actual);
        var weight = map.RequiredAmount(f.Weight);
        var score = map.RequiredAmount(f.Score);
        var core = Scalars.Boolean(map.Optional(f.Core), f.Core.Title, diagnostics);
        map.Finish();

        if (name is null || initial is null || actual is null || weight is null || score is null)
        {
            return null;
        }

        return new DepartmentEvaluatedIndicator(level1, level2, name, initial, adjusted, actual, weight, score, core, map.Location);
    }
}
