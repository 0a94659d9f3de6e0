using SiteGen.Format;
using SiteGen.Import.Recognition;

namespace SiteGen.Import.Evaluation;

/// <summary>
/// One evaluation file (evaluation/{project code}.yml), written by the content format's one writer: the project's key,
/// the funds in the disclosure's money unit, one item per row of the form keyed by the published 三级指标 name, and the
/// 自评结论. Numbers are the form's own text; the form's 得分 is kept as its stated score, so the build compares it
/// with the computed one and warns where they differ.
/// </summary>
internal static class EvaluationYaml
{
    private static readonly EvaluationFormat F = ContentFormat.Evaluation;

    public static string Write(EvaluationPlan plan)
    {
        var form = plan.Form;
        var funds = form.Funds!;
        var fundsF = ContentFormat.EvaluationFunds;
        var map = new ContentMap(F)
            .Set(F.Project, plan.Project.Key)
            .Set(F.Funds, new ContentMap(fundsF)
                .Set(fundsF.InitialBudget, funds.Initial is { } initial ? plan.Money(initial.Text) : null)
                .Set(fundsF.AnnualBudget, plan.Money(funds.Annual!.Text))
                .Set(fundsF.Spent, plan.Money(funds.Spent!.Text))
                .Set(fundsF.Score, Plain(funds.Score)))
            .Set(F.Indicators, plan.Rows.Select(r => Indicator(r.Row, r.Indicator)))
            .Set(F.Conclusion, form.Conclusion is { Length: > 0 } conclusion ? Prose(conclusion) : null);
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../../", "evaluation.schema.json"),
            $"来源：{Path.GetFileName(plan.SourcePath)}（项目支出绩效自评表 {form.Name?.Text ?? plan.Project.Name}）");
    }

    private static ContentMap Indicator(EvaluatedRowDraft row, TargetIndicator published)
    {
        var f = ContentFormat.EvaluatedIndicator;
        var actual = row.Actual!.Text;
        return new ContentMap(f)
            .Set(f.Indicator, published.Name)
            // The form's 年度指标值 only where it is not the published one, so the build shows 与年初目标不一致 exactly there.
            .Set(f.Target, row.Target is { } target && Compact(target) != Compact(published.Target) ? target : null)
            .Set(f.Actual, actual)
            .Set(f.Weight, Plain(row.Weight))
            .Set(f.Score, Plain(row.Score))
            // A qualitative actual written as one of the bands (达成年度指标…) is the evaluator's grade.
            .Set(f.Grade, EvaluatedIndicatorFormat.Grades.Contains(actual) ? actual : null)
            .Set(f.Deviation, row.Deviation is { Length: > 0 } deviation && deviation is not ("无" or "无偏差") ? Prose(deviation) : null);
    }

    /// <summary>A score written 9.5分 is 9.5: the 分 is the form's, not part of the number.</summary>
    internal static string? Plain(FormCell? cell) => cell?.Text.Trim().TrimEnd('分').Trim();

    internal static string Prose(string text) => MarkdownText.FromParagraphs(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Compact(string text) => new([.. Labels.Normalise(text).Where(c => !char.IsWhiteSpace(c))]);
}
