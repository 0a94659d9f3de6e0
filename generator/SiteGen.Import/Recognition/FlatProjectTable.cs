using SiteGen.Diagnostics;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Recognition;

/// <summary>
/// One table holding many projects, as the 预算管理一体化 system exports a department's projects to one sheet: a header
/// row naming the project's own columns (项目名称, 资金总额, 资金用途, 年度目标…) beside the indicator columns, then each
/// project's rows, its name (and amount, purpose, goal) merged down over its indicator rows or written again on each.
/// It is cut into one table per project in the shape <see cref="ProjectTableReader"/> reads (the project's label–value
/// rows, then its indicator header and rows); every cell keeps its own position.
/// </summary>
internal static class FlatProjectTable
{
    /// <summary>The table's header names 项目名称 and the indicator columns in one row.</summary>
    public static bool IsFlat(Table table) => HeaderIndex(table) >= 0;

    private static int HeaderIndex(Table table) =>
        table.Rows.ToList().FindIndex(r => IndicatorRows.IsHeader(r) && r.Cells.Any(c => Labels.Is(c.Text, "项目名称")));

    public static IReadOnlyList<Table> Split(Table table, DiagnosticBag diagnostics)
    {
        var h = HeaderIndex(table);
        var header = table.Rows[h];
        var projectColumns = Grid(header).Where(g => ProjectTableReader.IsProjectColumn(g.Cell.Text)).ToList();
        var nameGrid = projectColumns.First(g => Labels.Is(g.Cell.Text, "项目名称")).Grid;
        var isProjectGrid = projectColumns.Select(g => g.Grid).ToHashSet();
        var indicatorHeader = header with { Cells = [.. Grid(header).Where(g => !isProjectGrid.Contains(g.Grid)).Select(g => g.Cell)] };

        var groups = new List<(string Name, List<TableRow> Rows)>();
        foreach (var row in table.Rows.Skip(h + 1))
        {
            var byGrid = Grid(row).ToDictionary(g => g.Grid, g => g.Cell);
            var name = byGrid.GetValueOrDefault(nameGrid) is { ContinuesAbove: false } cell ? cell.Text.Replace('\n', ' ') : "";
            if (row.Cells.All(c => c.Text.Length == 0) || (IndicatorRows.IsHeader(row) && Labels.Is(name, "项目名称")))
            {
                continue; // a blank row, or the header again after a page break
            }

            if (IndicatorRows.IsClosing(Labels.Normalise(name)))
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, byGrid[nameGrid].At, $"“{name}” 这一行不是项目，没有导入");
            }
            else if (name.Length > 0 && (groups.Count == 0 || groups[^1].Name != name))
            {
                groups.Add((name, [row]));
            }
            else if (groups.Count > 0)
            {
                groups[^1].Rows.Add(row);
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, row.At, "这一行在第一个项目名称之前，不属于任何项目，没有导入");
            }
        }

        return [.. groups.Select((g, i) => ProjectTable(i == 0 ? table.Rows.Take(h) : [], projectColumns, indicatorHeader, g.Name, g.Rows, isProjectGrid, diagnostics))];
    }

    /// <summary>One project as its own table: the rows above the header (a unit line) with the first project, then one label–value row per project column.</summary>
    private static Table ProjectTable(
        IEnumerable<TableRow> above, List<(TableCell Cell, int Grid)> projectColumns, TableRow indicatorHeader, string name,
        List<TableRow> rows, HashSet<int> isProjectGrid, DiagnosticBag diagnostics)
    {
        var result = new List<TableRow>(above);
        var first = Grid(rows[0]).ToDictionary(g => g.Grid, g => g.Cell);
        foreach (var (label, grid) in projectColumns)
        {
            if (first.TryGetValue(grid, out var value))
            {
                result.Add(new TableRow([label, value], value.At));
            }

            foreach (var later in rows.Skip(1).SelectMany(r => Grid(r)).Where(g => g.Grid == grid && !g.Cell.ContinuesAbove && g.Cell.Text.Length > 0 && g.Cell.Text != value?.Text))
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, later.Cell.At,
                    $"项目 “{name}” 的 “{label.Text}” 在这一行又写了 “{Notes.Shorten(later.Cell.Text)}”，与项目第一行的不同：按第一行的导入，这一格没有导入");
            }
        }

        result.Add(indicatorHeader);
        result.AddRange(rows.Select(r => r with { Cells = [.. Grid(r).Where(g => !isProjectGrid.Contains(g.Grid)).Select(g => g.Cell)] }));
        return new Table(result, rows[0].At);
    }

    /// <summary>Each cell with the grid column it starts at.</summary>
    private static IEnumerable<(TableCell Cell, int Grid)> Grid(TableRow row)
    {
        var grid = 0;
        foreach (var cell in row.Cells)
        {
            yield return (cell, grid);
            grid += cell.Span;
        }
    }
}
