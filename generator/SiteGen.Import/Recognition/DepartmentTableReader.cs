using SiteGen.Diagnostics;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Recognition;

/// <summary>
/// Part 1 written as a table, as many provinces do (部门整体绩效目标表): the unit (部门名称, 部门编码 or a unit line),
/// its funds, 年度总体目标 as numbered text, then department-level indicator rows with a project's columns. The funds
/// have no place in the content format yet, so they are reported as left out, never dropped silently.
/// </summary>
internal sealed class DepartmentTableReader
{
    private static readonly string[] NameLabels = ["部门名称", "单位名称", "部门(单位)名称", "预算部门", "部门"];
    private static readonly string[] CodeLabels = ["部门编码", "单位编码", "部门代码", "单位代码", "预算部门编码"];
    private static readonly string[] GoalLabels = ["年度总体目标", "部门年度总体目标", "总体绩效目标", "年度绩效目标", "总体目标", "部门整体绩效目标"];
    private static readonly string[] MeasureLabels = ["保障措施", "工作保障措施", "主要保障措施", "保障措施及工作计划"];

    private readonly DiagnosticBag diagnostics;
    private IndicatorRows? indicatorRows;
    private readonly List<IndicatorDraft> finished = [];

    private DepartmentTableReader(DiagnosticBag diagnostics) => this.diagnostics = diagnostics;

    public string? Code { get; private set; }

    public string? Name { get; private set; }

    public IReadOnlyList<string> Goals { get; private set; } = [];

    /// <summary>A 保障措施 row: Part 1's 工作保障措施 (measures), as numbered items.</summary>
    public IReadOnlyList<string> Measures { get; private set; } = [];

    /// <summary>The indicator rows, also once a 保障措施 row below them has closed the indicator table.</summary>
    public IReadOnlyList<IndicatorDraft> Indicators => [.. finished, .. indicatorRows?.Indicators ?? []];

    /// <summary>A 部门整体绩效目标表: it names the department and its 年度总体目标 or department indicator columns, and no project.</summary>
    public static bool IsDepartmentTable(Table table, Paragraph? title)
    {
        var labels = table.Rows.SelectMany(r => r.Cells).Select(c => Labels.Normalise(c.Text)).ToHashSet(StringComparer.Ordinal);
        var namesDepartment = NameLabels.Any(labels.Contains) || CodeLabels.Any(labels.Contains);
        var titled = title is not null && Labels.Normalise(title.Text).Contains("部门整体", StringComparison.Ordinal);
        return (namesDepartment || titled) && (GoalLabels.Any(labels.Contains) || table.Rows.Any(r => IndicatorRows.HeaderFields(r).Count >= 3));
    }

    public static DepartmentTableReader Read(Table table, DiagnosticBag diagnostics)
    {
        var reader = new DepartmentTableReader(diagnostics);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            reader.Add(table.Rows[i], i == table.Rows.Count - 1);
        }

        return reader;
    }

    private void Add(TableRow row, bool isLast)
    {
        if (Notes.IsNoteRow(row) is { } note)
        {
            Notes.Report(note, diagnostics);
            return;
        }

        if (indicatorRows is not null && Labels.Normalise(row.Cells.FirstOrDefault(c => c.Text.Length > 0)?.Text ?? "") is var first && MeasureLabels.Contains(first))
        {
            finished.AddRange(indicatorRows.Indicators); // 保障措施 under the indicator rows: they end, and are kept
            indicatorRows = null;
        }

        if (indicatorRows is not null)
        {
            indicatorRows.Add(row, isLast);
            return;
        }

        if (IndicatorRows.StartAt(row, diagnostics) is { } start)
        {
            indicatorRows = start;
            return;
        }

        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var label = Labels.Normalise(cells[i].Text);
            var value = i + 1 < cells.Count ? cells[i + 1] : null;
            if (label.Length == 0 || cells[i].ContinuesAbove)
            {
                continue;
            }

            if (NameLabels.Contains(label) && value is not null)
            {
                Name ??= NullIfEmpty(value.Text);
                i++;
            }
            else if (CodeLabels.Contains(label) && value is not null)
            {
                Code ??= NullIfEmpty(value.Text);
                i++;
            }
            else if (GoalLabels.Contains(label) && value is not null)
            {
                Goals = ProjectTableReader.NumberedParagraphs(value.Text);
                i++;
            }
            else if (MeasureLabels.Contains(label) && value is not null)
            {
                Measures = ProjectTableReader.NumberedParagraphs(value.Text);
                i++;
            }
            else if (UnitCells.Unit(cells[i].Text) is { } unit && Code is null)
            {
                (Code, Name) = (unit.Code, Name ?? unit.Name);
            }
            else if (UnitCells.MoneyUnit(cells[i].Text) is null)
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, cells[i].At,
                    $"部门整体绩效目标表中的 “{Notes.Shorten(cells[i].Text)}” 没有导入（部门的资金等内容在内容格式中还没有对应的字段，请对照原件）");
                return; // the rest of the row belongs to it (the amounts beside a funds label)
            }
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text.Replace('\n', ' ');
}
