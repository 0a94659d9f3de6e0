using SiteGen.Diagnostics;
using SiteGen.Import.Recognition;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Evaluation;

/// <summary>One row of a 部门整体支出绩效自评表 as the form wrote it.</summary>
internal sealed record DepartmentRowDraft(string? Level1, string? Level2, FormCell Name, string Initial, string? Adjusted, FormCell Actual, FormCell Weight, FormCell Score, bool? Core, SourceLocation At);

/// <summary>A 部门整体支出绩效自评表: the department it names, its year, its indicator rows, 总分 and 自评结论.</summary>
internal sealed record DepartmentFormDraft(FormCell? Department, int? Year, IReadOnlyList<DepartmentRowDraft> Rows, FormCell? Total, string? Conclusion, SourceLocation At);

/// <summary>
/// Reads a 部门整体支出绩效自评表 (DOMAIN.md, "The year's cycle"): generic department indicators (预算完成率,
/// 结转结余率, “三公经费”控制率…) with 年初目标值, 调整后目标值, 全年实际完成值, 分值 and 得分, columns found by their headers
/// in any order; 一级 and 二级 cells merged down the rows they head; a header repeated after a page break skipped; the
/// 总分 row and 自评结论 (a row or a paragraph after the table). Every value is the cell's own text.
/// </summary>
internal static class DepartmentFormReader
{
    private static readonly string[] Title = ["部门整体支出绩效自评表", "部门整体绩效自评表", "部门整体支出绩效自评"];
    private static readonly string[] DepartmentLabel = ["部门名称", "单位名称", "部门(单位)名称", "预算部门", "主管部门"];
    private static readonly string[] Level1 = ["一级指标"];
    private static readonly string[] Level2 = ["二级指标"];
    private static readonly string[] Initial = ["年初目标值", "年初指标值", "年初目标", "年度指标值", "目标值"];
    private static readonly string[] Adjusted = ["调整后目标值", "调整后指标值", "调整目标值", "调整后目标"];
    private static readonly string[] Actual = ["全年实际完成值", "实际完成值", "全年完成值", "完成值", "实际值"];
    private static readonly string[] Core = ["是否核心指标", "核心指标"];

    /// <summary>A department form: its title says so, or its indicator header has 年初 and 调整后 target columns beside 实际完成值.</summary>
    public static bool IsDepartmentForm(LegacyDocument document) =>
        document.Blocks.Any(b => b is Paragraph p && Title.Any(t => Labels.Normalise(p.Text).Contains(t, StringComparison.Ordinal)))
        || document.Blocks.OfType<Table>().SelectMany(t => t.Rows).Any(r =>
            r.Cells.Any(c => Title.Any(t => Labels.Normalise(c.Text).Contains(t, StringComparison.Ordinal)))
            || (Has(r, FormLabels.Level3) && Has(r, Actual) && Has(r, Adjusted)));

    public static DepartmentFormDraft? Read(LegacyDocument document, DiagnosticBag diagnostics)
    {
        FormCell? department = null, total = null;
        string? conclusion = null;
        int? year = null;
        var rows = new List<DepartmentRowDraft>();
        Dictionary<string, int>? columns = null;
        var carried = new Dictionary<int, string>(); // 一级 / 二级 merged down: the text of the cell that heads them
        foreach (var block in document.Blocks)
        {
            if (block is Paragraph paragraph)
            {
                var text = paragraph.Text.Trim();
                year ??= FormLabels.YearIn(text);
                if (FormLabels.Conclusion.Any(c => Labels.Normalise(text).StartsWith(c + ":", StringComparison.Ordinal)))
                {
                    conclusion = text[(text.IndexOfAny([':', '：']) + 1)..].Trim();
                }

                continue;
            }

            foreach (var row in ((Table)block).Rows)
            {
                var grid = SelfEvaluationReader.Grid(row);
                if (Has(row, FormLabels.Level3) && Has(row, Actual))
                {
                    columns ??= Columns(grid, diagnostics); // a header repeated after a page break is skipped
                    continue;
                }

                var filled = grid.Where(g => !g.Cell.ContinuesAbove && FormLabels.Value(g.Cell).Length > 0).ToList();

                year ??= row.Cells.Select(c => FormLabels.YearIn(c.Text)).FirstOrDefault(y => y is not null);
                if (LabelledValue(grid, DepartmentLabel) is { } named)
                {
                    department ??= named; // the first; the name again on a later page is the same form
                    continue;
                }

                if (LabelledValue(grid, FormLabels.Conclusion) is { } said)
                {
                    conclusion = said.Text;
                    continue;
                }

                if (columns is null)
                {
                    if (filled.Count > 0 && !FormBuilder.IsTitleLine(filled))
                    {
                        // The department's funds (年度预算数, 全年执行数…) and the like: department-evaluation.yml has no field for them.
                        diagnostics.Report(DiagnosticCodes.ImportEvaluationLeftOut, row.At,
                            $"部门整体自评表的这一行 “{FormBuilder.Joined(filled)}” 没有对应的内容字段，没有导入");
                    }

                    continue;
                }

                if (grid.Any(g => !g.Cell.ContinuesAbove && FormLabels.Is(g.Cell.Text, FormLabels.Total)))
                {
                    var last = grid.Select(g => g.Cell).LastOrDefault(c => FormLabels.Value(c).Length > 0 && !FormLabels.Is(c.Text, FormLabels.Total));
                    total = At(grid, columns, "score") ?? (last is null ? null : new FormCell(FormLabels.Value(last), last.At));
                    continue;
                }

                if (Indicator(grid, columns, carried, row.At, diagnostics) is { } indicator)
                {
                    rows.Add(indicator);
                }
            }
        }

        if (rows.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationIncomplete, document.Blocks.Count > 0 ? document.Blocks[0].At : SourceLocation.File(document.Path),
                "这份文档像部门整体支出绩效自评表，但没有读出指标行：需要 三级指标、年初目标值（或年度指标值）、实际完成值、分值、得分 各列");
            return null;
        }

        return new DepartmentFormDraft(department, year, rows, total, conclusion, document.Blocks[0].At);
    }

    /// <summary>The columns by their headers; a header of no field (偏差原因分析, 备注) is reported: its column is not imported.</summary>
    private static Dictionary<string, int> Columns(IReadOnlyList<(int Column, TableCell Cell)> grid, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (column, cell) in grid)
        {
            var key = FormLabels.Is(cell.Text, Level1) ? "level1"
                : FormLabels.Is(cell.Text, Level2) ? "level2"
                : FormLabels.Is(cell.Text, FormLabels.Level3) ? "name"
                : FormLabels.Is(cell.Text, Adjusted) ? "adjusted"
                : FormLabels.Is(cell.Text, Initial) ? "initial"
                : FormLabels.Is(cell.Text, Actual) ? "actual"
                : FormLabels.Is(cell.Text, FormLabels.Weight) ? "weight"
                : FormLabels.Is(cell.Text, FormLabels.Score) ? "score"
                : FormLabels.Is(cell.Text, Core) ? "core"
                : null;
            if (key is not null)
            {
                found.TryAdd(key, column);
            }
            else if (!cell.ContinuesAbove && FormLabels.Value(cell).Length > 0)
            {
                diagnostics.Report(DiagnosticCodes.ImportEvaluationLeftOut, cell.At, $"部门整体自评表的列 “{cell.Text}” 没有对应的内容字段，这一列没有导入");
            }
        }

        return found;
    }

    private static DepartmentRowDraft? Indicator(IReadOnlyList<(int Column, TableCell Cell)> grid, Dictionary<string, int> columns, Dictionary<int, string> carried, SourceLocation at, DiagnosticBag diagnostics)
    {
        string? Carried(string key)
        {
            if (!columns.TryGetValue(key, out var column) || grid.FirstOrDefault(g => g.Column == column) is not { Cell: { } cell })
            {
                return null;
            }

            if (!cell.ContinuesAbove && FormLabels.Value(cell) is { Length: > 0 } text)
            {
                carried[column] = text;
            }

            return carried.GetValueOrDefault(column);
        }

        var level1 = Carried("level1");
        var level2 = Carried("level2");
        var name = At(grid, columns, "name");
        if (name is null)
        {
            // A row without a 三级指标: a sub-heading (its 一级/二级 only) or an empty line; anything else in it is said.
            var said = grid.Where(g => !g.Cell.ContinuesAbove && FormLabels.Value(g.Cell).Length > 0
                && !(columns.TryGetValue("level1", out var l1) && g.Column == l1) && !(columns.TryGetValue("level2", out var l2) && g.Column == l2)).ToList();
            if (said.Count > 0)
            {
                diagnostics.Report(DiagnosticCodes.ImportEvaluationLeftOut, at, $"部门整体自评表的这一行没有三级指标名称（“{FormBuilder.Joined(said)}”），没有导入");
            }

            return null;
        }

        var initial = At(grid, columns, "initial");
        var actual = At(grid, columns, "actual");
        var weight = At(grid, columns, "weight");
        var score = At(grid, columns, "score");
        if (initial is null || actual is null || weight is null || score is null)
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationIncomplete, name.At,
                $"部门整体自评指标 “{name.Text}” 缺少{string.Join("、", new[] { ("年初目标值", initial), ("实际完成值", actual), ("分值", weight), ("得分", score) }.Where(p => p.Item2 is null).Select(p => p.Item1))}：这一行没有导入");
            return null;
        }

        var core = At(grid, columns, "core")?.Text is { } mark ? mark is "是" or "★" or "√" ? true : mark is "否" ? false : (bool?)null : null;
        return new DepartmentRowDraft(level1, level2, name, initial.Text, At(grid, columns, "adjusted")?.Text, actual, weight, score, core, at);
    }

    private static FormCell? At(IReadOnlyList<(int Column, TableCell Cell)> grid, Dictionary<string, int> columns, string key) =>
        columns.TryGetValue(key, out var column) && grid.FirstOrDefault(g => g.Column == column) is { Cell: { ContinuesAbove: false } cell } && FormLabels.Value(cell) is { Length: > 0 } text
            ? new FormCell(text, cell.At)
            : null;

    /// <summary>The value beside a label cell (部门名称 | 某某局), or null when the row has no such label.</summary>
    private static FormCell? LabelledValue(IReadOnlyList<(int Column, TableCell Cell)> grid, string[] labels)
    {
        for (var i = 0; i + 1 < grid.Count; i++)
        {
            if (!grid[i].Cell.ContinuesAbove && FormLabels.Is(grid[i].Cell.Text, labels) && grid.Skip(i + 1).Select(g => g.Cell).FirstOrDefault(c => FormLabels.Value(c).Length > 0) is { } value)
            {
                return new FormCell(FormLabels.Value(value), value.At);
            }
        }

        return null;
    }

    private static bool Has(TableRow row, string[] names) => SelfEvaluationReader.HasLabel(row, names);
}
