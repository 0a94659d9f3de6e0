using SiteGen.Diagnostics;

namespace SiteGen.Model.Evaluation;

/// <summary>
/// The department's own self-evaluation of the year (部门整体自评, department-evaluation.yml): generic indicators with
/// their 年初 / 调整 / 全年完成 values, each weighted and scored on the form. Its total is the sum of the scores, unless
/// the form states its own 总分 (then that is what was disclosed, and <see cref="Rules.DepartmentEvaluationRules"/>
/// warns when the two differ).
/// </summary>
public sealed record DepartmentEvaluation(
    IReadOnlyList<DepartmentEvaluatedIndicator> Indicators,
    SourceLocation IndicatorsLocation,
    Amount? StatedTotal,
    Prose? Conclusion,
    SourceLocation Location)
{
    /// <summary>The sum of the rows' scores, as the form's 总分 row would compute it.</summary>
    public decimal ComputedTotal => Scores.Round(Indicators.Sum(i => i.Score.Value));

    /// <summary>The published 总分: the form's own when it states one.</summary>
    public decimal Total => StatedTotal?.Value ?? ComputedTotal;

    /// <summary>The 总分 as shown: the form's text when it states one, else the computed sum with two places.</summary>
    public string TotalText => StatedTotal?.Text ?? ComputedTotal.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public string Grade => PerformanceGrade.Of(Total);

    public decimal WeightTotal => Indicators.Sum(i => i.Weight.Value);
}

/// <summary>One row of a 部门整体自评表, as written.</summary>
/// <param name="Core">是否核心指标; null when the form does not say.</param>
public sealed record DepartmentEvaluatedIndicator(
    string? Level1,
    string? Level2,
    string Name,
    string Initial,
    string? Adjusted,
    string Actual,
    Amount Weight,
    Amount Score,
    bool? Core,
    SourceLocation Location);
