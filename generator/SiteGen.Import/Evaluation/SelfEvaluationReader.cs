using SiteGen.Diagnostics;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Evaluation;

/// <summary>
/// Reads the 项目支出绩效自评表 of a document (财预〔2020〕10号 附件 and the variants in DOMAIN.md): per form 项目名称
/// (项目编码), 主管部门/实施单位, the funds block (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分), the
/// indicator table (一级 · 二级 · 三级 · 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因分析及改进措施, columns found by
/// their headers in any order, a header repeated after a page break skipped), 总分, 评价等级 and 自评结论. A form starts
/// at its 项目名称 row, so one table or several (a form split over pages, one sheet per project) read alike.
/// </summary>
internal static class SelfEvaluationReader
{
    /// <summary>
    /// A 自评表 is told from a targets document by its headers: a 实际完成值 column beside 三级指标, or a funds block with
    /// 全年执行数. A targets table has neither (it is written before anything is spent or achieved).
    /// </summary>
    public static bool IsSelfEvaluation(LegacyDocument document) =>
        document.Blocks.OfType<Table>().SelectMany(t => t.Rows).Any(r => IsIndicatorHeader(r) || IsFundsHeader(r));

    public static IReadOnlyList<SelfEvaluationDraft> Read(LegacyDocument document, DiagnosticBag diagnostics)
    {
        var forms = new List<SelfEvaluationDraft>();
        FormBuilder? current = null;
        int? pendingYear = null;
        string? pendingUnit = null;
        foreach (var block in document.Blocks)
        {
            if (block is Paragraph paragraph)
            {
                var text = paragraph.Text.Trim();
                if (FormLabels.Conclusion.Any(c => Recognition.Labels.Normalise(text).StartsWith(c + ":", StringComparison.Ordinal)) && current is not null)
                {
                    current.Conclusion = text[(text.IndexOfAny([':', '：']) + 1)..].Trim();
                    continue;
                }

                if (text.Contains("自评表", StringComparison.Ordinal) && current is { Rows.Count: > 0 })
                {
                    Finish(current, forms, diagnostics);
                    current = null;
                }

                pendingYear = FormLabels.YearIn(text) ?? pendingYear;
                pendingUnit = FormLabels.MoneyUnitIn(text) ?? pendingUnit;
                continue;
            }

            foreach (var row in ((Table)block).Rows)
            {
                if (HasLabel(row, FormLabels.Name) && current is { Name: not null })
                {
                    Finish(current, forms, diagnostics);
                    current = null;
                }

                current ??= new FormBuilder(row.At) { Year = pendingYear, MoneyUnit = pendingUnit };
                current.Add(row, diagnostics);
            }
        }

        if (current is not null)
        {
            Finish(current, forms, diagnostics);
        }

        return forms;
    }

    private static void Finish(FormBuilder form, List<SelfEvaluationDraft> forms, DiagnosticBag diagnostics)
    {
        if (form.Build(diagnostics) is { } draft)
        {
            forms.Add(draft);
        }
    }

    internal static bool IsIndicatorHeader(TableRow row) => HasLabel(row, FormLabels.Level3) && HasLabel(row, FormLabels.Actual);

    internal static bool IsFundsHeader(TableRow row) => HasLabel(row, FormLabels.Spent) && (HasLabel(row, FormLabels.Annual) || HasLabel(row, FormLabels.Initial));

    internal static bool HasLabel(TableRow row, string[] names) => row.Cells.Any(c => !c.ContinuesAbove && FormLabels.Is(c.Text, names));

    /// <summary>Each cell with the grid column it starts at (a merged cell covers <see cref="TableCell.Span"/> columns).</summary>
    internal static IReadOnlyList<(int Column, TableCell Cell)> Grid(TableRow row)
    {
        var grid = new List<(int, TableCell)>(row.Cells.Count);
        var column = 0;
        foreach (var cell in row.Cells)
        {
            grid.Add((column, cell));
            column += Math.Max(1, cell.Span);
        }

        return grid;
    }
}
