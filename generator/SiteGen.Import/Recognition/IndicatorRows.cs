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
        ["指标值"] = F.Target,
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
    private string? level1;
    private string? level2;

    private IndicatorRows(TableRow header, DiagnosticBag diagnostics)
    {
        this.diagnostics = diagnostics;
        var grid = 0;
        foreach (var cell in header.Cells)
        {
            var field = FieldOfHeader.GetValueOrDefault(Labels.Normalise(cell.Text));
            if (field is null && cell.Text.Length > 0)
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, cell.At, $"指标表的列 “{cell.Text}” 无法识别，这一列没有导入");
            }

            columns.Add((field, grid, cell.Span));
            grid += cell.Span;
        }
    }

    public IReadOnlyList<IndicatorDraft> Indicators => indicators;

    /// <summary>A header row: it names at least the 一级 and 三级 columns and the target.</summary>
    public static IndicatorRows? StartAt(TableRow row, DiagnosticBag diagnostics)
    {
        var fields = row.Cells.Select(c => FieldOfHeader.GetValueOrDefault(Labels.Normalise(c.Text))).OfType<ContentField>().ToHashSet();
        return fields.Contains(F.Level1) && fields.Contains(F.Name) && fields.Contains(F.Target)
            ? new IndicatorRows(row, diagnostics)
            : null;
    }

    public void Add(TableRow row)
    {
        if (row.Cells.All(c => c.Text.Length == 0))
        {
            return;
        }

        var values = ValuesByField(row);
        var ownLevel1 = Text(values, F.Level1);
        var carried1 = string.IsNullOrEmpty(ownLevel1);
        level1 = carried1 ? level1 : ownLevel1;
        var ownLevel2 = Text(values, F.Level2);
        if (ownLevel2 is { Length: > 0 } || !carried1)
        {
            level2 = ownLevel2;
        }

        // Blank cells that are not merges (a missing name or target) stay blank: the check then points at them.
        indicators.Add(new IndicatorDraft(
            level1 ?? "",
            level2 ?? "",
            Text(values, F.Name) ?? "",
            NullIfEmpty(Text(values, F.Description)),
            Text(values, F.Target) ?? "",
            NullIfEmpty(Text(values, F.Basis)),
            NullIfEmpty(Text(values, F.Weight)),
            Core(Text(values, F.Core)),
            NullIfEmpty(Text(values, F.PreviousTarget))));
    }

    /// <summary>
    /// Each cell goes to the header column that covers its grid position. A text export loses Word's column
    /// spans, so a row wider than its header (<c>=</c> <c>100</c> <c>%</c> under one 指标值) puts the extra
    /// cells into the target column.
    /// </summary>
    private Dictionary<ContentField, string> ValuesByField(TableRow row)
    {
        var headerWidth = columns.Sum(c => c.Width);
        var rowWidth = row.Cells.Sum(c => c.Span);
        var extra = rowWidth - headerWidth;
        var target = columns.FindIndex(c => c.Field == F.Target);
        if (extra < 0)
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
