using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model.Evaluation;

namespace SiteGen.Model.Rules;

/// <summary>
/// The checks of a 部门整体自评: each score within its weight, the weights adding up to 100, each indicator once, and a
/// stated 总分 that is the sum of the scores. The form's weights and scores are the department's own (there is no
/// national scoring formula for these generic indicators), so they are checked, not recomputed.
/// </summary>
internal static class DepartmentEvaluationRules
{
    public static void Check(DepartmentEvaluation evaluation, DiagnosticBag diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in evaluation.Indicators)
        {
            if (row.Score.Value < 0m || row.Score.Value > row.Weight.Value)
            {
                diagnostics.Report(DiagnosticCodes.DepartmentScoreOutsideWeight, row.Score.Location,
                    $"“{row.Name}” 的得分 {row.Score.Text} 不在 0 与其权重 {row.Weight.Text} 之间");
            }

            if (!names.Add(row.Name))
            {
                diagnostics.Report(DiagnosticCodes.DepartmentIndicatorRepeated, row.Location,
                    $"三级指标 “{row.Name}” 在部门整体自评中出现两次：合并为一行，或写明区别");
            }
        }

        if (evaluation.WeightTotal != 100m)
        {
            diagnostics.Report(DiagnosticCodes.DepartmentWeightsNot100, evaluation.IndicatorsLocation,
                $"指标权重合计 {Plain(evaluation.WeightTotal)}，应为 100");
        }

        if (evaluation.StatedTotal is { } stated && stated.Value != evaluation.ComputedTotal)
        {
            diagnostics.Report(DiagnosticCodes.DepartmentStatedTotalDiffers, stated.Location,
                $"表上的总分 {stated.Text} 与各项得分之和 {Plain(evaluation.ComputedTotal)} 不同：发布表上的总分");
        }
    }

    private static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
