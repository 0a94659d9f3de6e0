using SiteGen.Diagnostics;
using SiteGen.Model.Frameworks;
using SiteGen.Model.Targets;

namespace SiteGen.Model.Rules;

/// <summary>The checks of indicator rows: level pairs against the framework, and target values.</summary>
internal static class IndicatorRules
{
    public static void Check(IReadOnlyList<Indicator> indicators, string tableName, IndicatorFramework framework, SourceLocation table, DiagnosticBag diagnostics)
    {
        foreach (var indicator in indicators)
        {
            CheckLevels(indicator, framework, diagnostics);
            CheckTarget(indicator, diagnostics);
        }

        // An unknown 一级 name is most likely the missing group misspelt: its error says enough.
        if (indicators.Count > 0 && indicators.All(i => framework.IsLevel1(i.Level1)))
        {
            CheckEveryGroupPresent(indicators, tableName, framework, table, diagnostics);
        }
    }

    private static void CheckLevels(Indicator indicator, IndicatorFramework framework, DiagnosticBag diagnostics)
    {
        if (!framework.IsLevel1(indicator.Level1))
        {
            diagnostics.Report(DiagnosticCodes.UnknownLevel1, indicator.At.Level1,
                $"一级指标 “{indicator.Level1}” 不在 {framework.Name} 年指标体系中：可用 {string.Join("、", framework.Level1Names)}");
        }
        else if (!framework.Allows(indicator.Level1, indicator.Level2))
        {
            diagnostics.Report(DiagnosticCodes.LevelPairNotAllowed, indicator.At.Level2,
                $"二级指标 “{indicator.Level2}” 不能放在一级指标 “{indicator.Level1}” 下（{framework.Name} 年指标体系）：可用 {string.Join("、", framework.Level2Names(indicator.Level1))}");
        }
    }

    private static void CheckTarget(Indicator indicator, DiagnosticBag diagnostics)
    {
        var target = indicator.Target;
        switch (target.Kind)
        {
            case TargetKind.Placeholder:
                diagnostics.Report(DiagnosticCodes.PlaceholderTarget, indicator.At.Target,
                    $"指标 “{indicator.Name}” 的指标值 “{target.Text}” 是未填写的模板占位符：请填入具体数值");
                break;
            case TargetKind.Unrecognised:
                diagnostics.Report(DiagnosticCodes.UnrecognisedTarget, indicator.At.Target,
                    $"指标 “{indicator.Name}” 的指标值 “{target.Text}” 既不是数量值（如 ≥230篇）也不是常见的定性等级（如 达标、良好）");
                break;
            case TargetKind.Quantitative when target.IsPercent && target.Number > 100m:
                diagnostics.Report(DiagnosticCodes.PercentAbove100, indicator.At.Target,
                    $"指标 “{indicator.Name}” 的指标值 “{target.Text}” 超过 100%");
                break;
        }
    }

    private static void CheckEveryGroupPresent(IReadOnlyList<Indicator> indicators, string tableName, IndicatorFramework framework, SourceLocation table, DiagnosticBag diagnostics)
    {
        var present = indicators.Select(i => IndicatorNames.Normalise(i.Level1)).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in framework.Level1Names.Where(name => !present.Contains(name)))
        {
            diagnostics.Report(DiagnosticCodes.MissingLevel1Group, table,
                $"{tableName}没有 “{missing}” 类的指标（{framework.Name} 年指标体系要求 {string.Join("、", framework.Level1Names)} 各有指标）");
        }
    }
}
