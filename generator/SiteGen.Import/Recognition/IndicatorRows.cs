using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Recognition;

/// <summary>
/// The indicator part of a project table: a header row naming the columns, then one row per indicator.
/// Blank 一级/二级 cells are cells Word merged with the one above, so they carry its text down.
/// Columns are matched by their header, so forms with extra columns (分值, 上年指标值, …) read too.
/// </summary>
internal sealed class IndicatorRows
{
    private static readonly IndicatorFormat F = ContentFormat.Indicator;

    /// <summary>Columns that are parts of the target, not fields: 指标性质 (=, ≥, 定性) and 度量单位 / 计量单位.</summary>
    private static readonly ContentField OperatorColumn = new("operator", "指标性质", new TextType());
    private static readonly ContentField UnitColumn = new("unit", "度量单位", new TextType());

    /// <summary>A 中长期 / 长期 / 实施期 指标值 column beside the 年度 one: each row's long-term target.</summary>
    private static readonly ContentField LongTermTargetColumn = new("long_term_target", "中长期指标值", new TextType());

    /// <summary>What 指标性质 may say that is a kind, not an operator: not part of the target's text.</summary>
    private static readonly HashSet<string> KindsNotOperators = new(StringComparer.Ordinal) { "定性", "定量", "正向", "反向", "正向指标", "反向指标", "定性指标", "定量指标" };

    /// <summary>Rows of a form that close or score the table: never indicators.</summary>
    private static readonly HashSet<string> ClosingRows = new(StringComparer.Ordinal) { "合计", "总计", "小计", "总分", "评价结论", "自评结论", "综合评价结论", "得分合计" };

    /// <summary>合计, or 评价结论:优 and 总分100 with the value in the same cell.</summary>
    internal static bool IsClosing(string label) => ClosingRows.Any(c => label.StartsWith(c, StringComparison.Ordinal));

    /// <summary>保障措施 beside each indicator: prose the indicator has no field for.</summary>
    private static readonly HashSet<string> MeasureColumns = new(StringComparer.Ordinal) { "保障措施", "主要保障措施", "实施保障措施", "工作措施", "主要措施" };

    private static readonly Dictionary<string, ContentField> FieldOfHeader = new(StringComparer.Ordinal)
    {
        ["一级指标"] = F.Level1,
        ["二级指标"] = F.Level2,
        ["三级指标"] = F.Name,
        ["指标名称"] = F.Name,
        ["绩效指标"] = F.Name,
        ["绩效指标描述"] = F.Description,
        ["指标描述"] = F.Description,
        ["指标解释"] = F.Description,
        ["指标内容"] = F.Description,
        ["当年预期实现值"] = F.Target,
        ["预期实现值"] = F.Target,
        ["年度目标值"] = F.Target,
        ["绩效标准"] = F.Basis,
        ["评价标准"] = F.Basis,
        ["指标性质"] = OperatorColumn,
        ["符号"] = OperatorColumn,
        ["度量单位"] = UnitColumn,
        ["计量单位"] = UnitColumn,
        ["指标值"] = F.Target,
        ["中长期指标值"] = F.Target,
        ["长期指标值"] = F.Target,
        ["实施期指标值"] = F.Target,
        ["长期目标值"] = F.Target,
        ["目标值"] = F.Target,
        ["年度指标值"] = F.Target,
        ["指标目标值"] = F.Target,
        ["绩效目标值"] = F.Target,
        ["指标值确定依据"] = F.Basis,
        ["指标值设定依据"] = F.Basis,
        ["确定依据"] = F.Basis,
        ["分值"] = F.Weight,
        ["权重"] = F.Weight,
        ["指标权重"] = F.Weight,
        ["分值(权重)"] = F.Weight,
        ["上年指标值"] = F.PreviousTarget,
        ["上年实际值"] = F.PreviousTarget,
        ["上年完成值"] = F.PreviousTarget,
        ["是否核心指标"] = F.Core,
        ["核心指标"] = F.Core,
    };

    private readonly List<(ContentField? Field, int GridStart, int Width)> columns = [];
    private readonly List<IndicatorDraft> indicators = [];
    private readonly DiagnosticBag diagnostics;
    private readonly HashSet<ContentField> headerFields;
    private readonly bool hasLevel1Column;
    private readonly SourceLocation headerAt;
    private string? level1;
    private string? level2;
    private bool level1Derived;
    private readonly int? longTermTargetColumn;
    private readonly List<IndicatorDraft> longTermIndicators = [];

    /// <param name="readsLongTermColumn">
    /// Whether a 中长期指标值 column beside the 年度 one is read into <see cref="LongTermIndicators"/> (a project has
    /// long_term_indicators) or reported as left out (a department's indicators have no such field).
    /// </param>
    private IndicatorRows(TableRow header, DiagnosticBag diagnostics, bool readsLongTermColumn)
    {
        this.diagnostics = diagnostics;
        headerAt = header.At;
        var grid = 0;
        foreach (var cell in header.Cells)
        {
            var field = FieldOfHeader.GetValueOrDefault(Labels.Normalise(cell.Text));
            var earlier = columns.FindIndex(c => c.Field == field);
            if (field == F.Target && earlier >= 0 && ProjectTableReader.IsLongTerm(header.Cells[earlier].Text) != ProjectTableReader.IsLongTerm(cell.Text))
            {
                // 中长期指标值 | 年度指标值 side by side (in either order): the 年度 column is the target.
                var longTermIsEarlier = ProjectTableReader.IsLongTerm(header.Cells[earlier].Text);
                var longTerm = longTermIsEarlier ? header.Cells[earlier] : cell;
                var annual = longTermIsEarlier ? cell : header.Cells[earlier];
                var longTermField = readsLongTermColumn ? LongTermTargetColumn : null;
                if (!readsLongTermColumn)
                {
                    diagnostics.Report(DiagnosticCodes.ImportSkipped, longTerm.At,
                        $"指标表的列 “{longTerm.Text}” 是长期指标值，与 “{annual.Text}” 同在一行：年度的导入 target，部门整体绩效指标没有长期指标值的字段，这一列没有导入");
                }

                if (longTermIsEarlier)
                {
                    columns[earlier] = (longTermField, columns[earlier].GridStart, columns[earlier].Width);
                    longTermTargetColumn = null;
                }
                else
                {
                    field = longTermField;
                }
            }
            else if (field is not null && earlier >= 0)
            {
                // A second 指标值-like column (当年预期实现值 beside 指标值): the first is the target, this one is reported.
                diagnostics.Report(DiagnosticCodes.ImportSkipped, cell.At, $"指标表的列 “{cell.Text}” 与前面的列都是{field.Title}，这一列没有导入");
                field = null;
            }
            else if (field is null && MeasureColumns.Contains(Labels.Normalise(cell.Text)))
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, cell.At,
                    $"指标表的列 “{cell.Text}” 是每个指标的工作措施，内容格式的绩效指标没有对应字段：这一列没有导入（部门的工作保障措施写在第一部分 measures）");
            }
            else if (field is null && cell.Text.Length > 0)
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, cell.At, $"指标表的列 “{cell.Text}” 无法识别，这一列没有导入");
            }

            if (field == F.Target && earlier < 0 && ProjectTableReader.IsLongTerm(cell.Text))
            {
                longTermTargetColumn = columns.Count;
            }

            columns.Add((field, grid, cell.Span));
            grid += cell.Span;
        }

        // As a repeated header row names them: the long-term column is a target column there too.
        headerFields = [.. columns.Select(c => c.Field == LongTermTargetColumn ? F.Target : c.Field).OfType<ContentField>()];
        hasLevel1Column = headerFields.Contains(F.Level1);
    }

    public IReadOnlyList<IndicatorDraft> Indicators => indicators;

    /// <summary>The rows of a 中长期指标值 column beside the 年度 one, each with its own long-term target; rows it leaves blank have none.</summary>
    public IReadOnlyList<IndicatorDraft> LongTermIndicators => longTermIndicators;

    /// <summary>Where the header row is.</summary>
    public SourceLocation At => headerAt;

    /// <summary>The header's target column says 中长期 / 长期 / 实施期 指标值 (and no 年度 column beside it).</summary>
    public bool StatesLongTerm => longTermTargetColumn is not null;

    /// <summary>A header row: it names the 三级 column, the target, and the 一级 or 二级 column (some forms have no 一级).</summary>
    public static IndicatorRows? StartAt(TableRow row, DiagnosticBag diagnostics, bool readsLongTermColumn = false)
    {
        var fields = HeaderFields(row);
        return (fields.Contains(F.Level1) || fields.Contains(F.Level2)) && fields.Contains(F.Name) && fields.Contains(F.Target)
            ? new IndicatorRows(row, diagnostics, readsLongTermColumn)
            : null;
    }

    /// <summary>An indicator table's header row (三级, the target, and 一级 or 二级).</summary>
    public static bool IsHeader(TableRow row) =>
        HeaderFields(row) is var fields && (fields.Contains(F.Level1) || fields.Contains(F.Level2)) && fields.Contains(F.Name) && fields.Contains(F.Target);

    /// <summary>The columns a row would name if it were a header: what <see cref="StartAt"/> and the repeat check compare.</summary>
    public static HashSet<ContentField> HeaderFields(TableRow row) =>
        [.. row.Cells.Select(c => FieldOfHeader.GetValueOrDefault(Labels.Normalise(c.Text))).OfType<ContentField>()];

    /// <summary>Whether a header of indicator columns is in this row, though the row lacks the target: to explain a refusal.</summary>
    public static bool LooksLikeHeaderWithoutTarget(TableRow row)
    {
        var fields = HeaderFields(row);
        return fields.Contains(F.Name) && (fields.Contains(F.Level1) || fields.Contains(F.Level2)) && !fields.Contains(F.Target);
    }

    /// <param name="isLast">The table's last row: when it is cut short before its target, the document ends there.</param>
    public void Add(TableRow row, bool isLast = false)
    {
        if (row.Cells.All(c => c.Text.Length == 0))
        {
            return;
        }

        if (HeaderFields(row) is { Count: >= 2 } repeated && repeated.SetEquals(headerFields))
        {
            return; // the header again, after a page break of the PDF or Word document it was exported from
        }

        var first = row.Cells.FirstOrDefault(c => c.Text.Length > 0);
        if (first is not null && IsClosing(Labels.Normalise(first.Text)))
        {
            diagnostics.Report(DiagnosticCodes.ImportSkipped, first.At, $"“{first.Text}” 这一行不是绩效指标，没有导入");
            return;
        }

        if (!hasLevel1Column && GroupRow(row) is { } group)
        {
            level1 = group; // a row of one cell naming the 一级 indicator over the rows below it
            level1Derived = false;
            level2 = null;
            return;
        }

        if (isLast && row.Cells.Sum(c => c.Span) < columns.Sum(c => c.Width) && Target(ValuesByField(row, quiet: true)).Length == 0)
        {
            // The document stops inside this row: the rows before it are imported, this half row is not.
            diagnostics.Report(DiagnosticCodes.ImportStopped, row.At,
                $"文档在这一行中断（只有 “{string.Join(" ", row.Cells.Select(c => c.Text).Where(t => t.Length > 0))}”，没有指标值）：这一行没有导入，之前的 {indicators.Count} 个指标已导入，请核对原件是否完整");
            return;
        }

        var values = ValuesByField(row);
        SpacedNumbers.Report(Target(values), "指标值", row.At, diagnostics);
        if (!hasLevel1Column)
        {
            AddWithoutLevel1Column(values, row);
            return;
        }

        var ownLevel1 = Text(values, F.Level1);
        var carried1 = string.IsNullOrEmpty(ownLevel1);
        level1 = carried1 ? level1 : ownLevel1;
        var ownLevel2 = Text(values, F.Level2);
        if (ownLevel2 is { Length: > 0 } || !carried1)
        {
            level2 = ownLevel2;
        }

        AddIndicator(values);
    }

    /// <summary>
    /// A form without a 一级 column: a group row names the 一级 above its rows; otherwise the 一级 is the one the 二级
    /// belongs to in every framework (数量指标 → 产出指标), reported once, so a person confirms it.
    /// </summary>
    private void AddWithoutLevel1Column(Dictionary<ContentField, string> values, TableRow row)
    {
        var ownLevel2 = Text(values, F.Level2);
        if (ownLevel2 is { Length: > 0 })
        {
            level2 = ownLevel2;
            if (level1 is null || level1Derived)
            {
                var parents = Model.Frameworks.IndicatorFramework.All
                    .SelectMany(f => f.Level1Names.Where(l1 => f.Allows(l1, ownLevel2)))
                    .Distinct(StringComparer.Ordinal).ToList();
                if (parents.Count == 1)
                {
                    if (!level1Derived)
                    {
                        diagnostics.Report(DiagnosticCodes.ImportLevel1FromLevel2, headerAt,
                            $"指标表没有一级指标列：一级指标按二级指标所属的填写（如 “{ownLevel2}” 属于 “{parents[0]}”），请核对");
                    }

                    level1 = parents[0];
                    level1Derived = true;
                }
                else
                {
                    level1 = null;
                    level1Derived = false;
                    diagnostics.Report(DiagnosticCodes.ImportSkipped, row.At,
                        $"二级指标 “{ownLevel2}” 不能确定属于哪个一级指标（指标表没有一级指标列）：一级指标留空，请补上");
                }
            }
        }

        AddIndicator(values);
    }

    /// <summary>A row whose only text is a 一级 indicator's name (产出指标, 效益指标(30分)…).</summary>
    private static string? GroupRow(TableRow row)
    {
        var texts = row.Cells.Where(c => c.Text.Length > 0 && !c.ContinuesAbove).Select(c => c.Text).Distinct(StringComparer.Ordinal).ToList();
        return texts.Count == 1 && Model.Frameworks.IndicatorFramework.All.Any(f => f.IsLevel1(texts[0])) && texts[0].Length <= 20 ? texts[0] : null;
    }

    private void AddIndicator(Dictionary<ContentField, string> values)
    {
        // Blank cells that are not merges (a missing name or target) stay blank: the check then points at them.
        indicators.Add(new IndicatorDraft(
            level1 ?? "",
            level2 ?? "",
            Text(values, F.Name) ?? "",
            NullIfEmpty(Text(values, F.Description)),
            Target(values),
            NullIfEmpty(Text(values, F.Basis)),
            NullIfEmpty(Text(values, F.Weight)),
            Core(Text(values, F.Core)),
            NullIfEmpty(Text(values, F.PreviousTarget))));

        // The same indicator's 中长期 target, when the row states one. Its 分值, 依据, 核心 and 上年 cells are the
        // annual row's (they score and ground the 年度 value), so the long-term copy has the name, its 指标解释 and the target.
        if (Target(values, LongTermTargetColumn) is { Length: > 0 } longTermTarget)
        {
            longTermIndicators.Add(new IndicatorDraft(level1 ?? "", level2 ?? "", Text(values, F.Name) ?? "", NullIfEmpty(Text(values, F.Description)),
                longTermTarget, null, null, null, null));
        }
    }

    /// <summary>
    /// Each cell goes to the header column that covers its grid position. A text export loses Word's column
    /// spans, so a row wider than its header (<c>=</c> <c>100</c> <c>%</c> under one 指标值) puts the extra
    /// cells into the target column.
    /// </summary>
    private Dictionary<ContentField, string> ValuesByField(TableRow row, bool quiet = false)
    {
        var headerWidth = columns.Sum(c => c.Width);
        var rowWidth = row.Cells.Sum(c => c.Span);
        var extra = rowWidth - headerWidth;
        var target = columns.FindIndex(c => c.Field == F.Target);
        if (extra < 0 && !quiet)
        {
            diagnostics.Report(DiagnosticCodes.ImportStopped, row.At,
                $"这一行只有 {row.Cells.Count} 个单元格，少于指标表的 {columns.Count} 列：文档可能在这里中断，缺少的单元格按空白导入");
        }

        var values = new Dictionary<ContentField, string>(ReferenceEqualityComparer.Instance);
        var grid = 0;
        foreach (var cell in row.Cells)
        {
            var column = ColumnAt(grid, extra > 0 && columns.All(c => c.Width == 1) ? extra : 0, target);
            grid += cell.Span;
            if (column is null || columns[column.Value].Field is not { } field)
            {
                continue;
            }

            values[field] = values.TryGetValue(field, out var before) ? before + cell.Text : cell.Text;
        }

        return values;
    }

    /// <summary>
    /// The target as the form wrote it: its 指标值 cell, or, when the form splits it, 指标性质 + 指标值 + 度量单位 joined
    /// (<c>=</c> <c>100</c> <c>%</c> → <c>=100%</c>). A kind such as 定性 in 指标性质 is not part of the value.
    /// </summary>
    /// <param name="column">The 年度 target column, or the 中长期 one beside it (the operator and unit columns serve both).</param>
    private static string Target(Dictionary<ContentField, string> values, ContentField? column = null)
    {
        var value = Text(values, column ?? F.Target) ?? "";
        if (value.Length == 0)
        {
            return "";
        }

        var op = Text(values, OperatorColumn) ?? "";
        var unit = Text(values, UnitColumn) ?? "";
        return (KindsNotOperators.Contains(op) ? "" : op) + value + unit;
    }

    private int? ColumnAt(int grid, int widenTargetBy, int target)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var start = columns[i].GridStart + (i > target && target >= 0 ? widenTargetBy : 0);
            var width = columns[i].Width + (i == target ? widenTargetBy : 0);
            if (grid >= start && grid < start + width)
            {
                return i;
            }
        }

        return null;
    }

    private static string? Text(Dictionary<ContentField, string> values, ContentField field) =>
        values.TryGetValue(field, out var text) ? text.Replace('\n', ' ').Trim() : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>是/否 (or ✓, ★) as the boolean the content format uses; anything else is kept for the check to report.</summary>
    private static string? Core(string? text) => text switch
    {
        null or "" => null,
        "是" or "√" or "✓" or "★" or "Y" or "y" => "true",
        "否" or "×" or "N" or "n" => "false",
        _ => text,
    };
}
