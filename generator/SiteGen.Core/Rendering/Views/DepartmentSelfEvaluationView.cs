using SiteGen.Model.Evaluation;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Rendering.Views;

/// <summary>
/// 部门整体支出绩效自评表 in the form's layout: one row per generic indicator with 年初 / 调整 / 全年完成 values, weight,
/// score and 是否核心指标, then 总分 with its 评价等级, and the 自评结论.
/// </summary>
public sealed record DepartmentSelfEvaluationView(
    IReadOnlyList<DepartmentSelfEvaluationRowView> Rows,
    bool HasAdjusted,
    bool HasCore,
    string WeightTotal,
    string Total,
    string Grade,
    Html? Conclusion)
{
    /// <summary>The print-ready 自评表 page, relative to the page showing this; null on that page itself.</summary>
    public string? FormUrl { get; init; }

    public static DepartmentSelfEvaluationView? From(DepartmentEvaluation? evaluation)
    {
        if (evaluation is null)
        {
            return null;
        }

        var indicators = evaluation.Indicators;
        var rows = indicators.Select((row, i) =>
        {
            var spans = MergedCells.At(indicators, i, r => r.Level1 ?? "", r => r.Level2 ?? "");
            return new DepartmentSelfEvaluationRowView(
                row.Level1 ?? "", spans.Level1, row.Level2 ?? "", spans.Level2, row.Name,
                row.Initial, row.Adjusted ?? "", row.Actual, row.Weight.Text, row.Score.Text,
                row.Core switch { true => "是", false => "否", null => "" });
        });
        return new DepartmentSelfEvaluationView(
            [.. rows],
            indicators.Any(i => i.Adjusted is not null),
            indicators.Any(i => i.Core is not null),
            evaluation.WeightTotal.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            evaluation.TotalText,
            evaluation.Grade,
            evaluation.Conclusion is { } c ? MarkdownRenderer.Render(c) : null);
    }
}

/// <summary>One row; a rowspan of 0 means the merged cell above covers it.</summary>
public sealed record DepartmentSelfEvaluationRowView(
    string Level1,
    int Level1Rowspan,
    string Level2,
    int Level2Rowspan,
    string Name,
    string Initial,
    string Adjusted,
    string Actual,
    string Weight,
    string Score,
    string Core);
