namespace SiteGen.Import.Sources;

/// <summary>
/// Gives the cells that start a vertical merge their <see cref="TableCell.RowSpan"/>, counted from the
/// continuation cells under them (same grid column), for readers such as Word's that mark only the continuations.
/// </summary>
internal static class RowSpans
{
    public static List<TableRow> Count(IReadOnlyList<TableRow> rows)
    {
        var cells = rows.Select(r => r.Cells.ToArray()).ToList();
        var origins = new Dictionary<int, (int Row, int Cell)>();
        for (var r = 0; r < cells.Count; r++)
        {
            var grid = 0;
            for (var c = 0; c < cells[r].Length; c++)
            {
                var cell = cells[r][c];
                if (!cell.ContinuesAbove)
                {
                    origins[grid] = (r, c);
                }
                else if (origins.TryGetValue(grid, out var origin))
                {
                    var above = cells[origin.Row][origin.Cell];
                    cells[origin.Row][origin.Cell] = above with { RowSpan = above.RowSpan + 1 };
                }

                grid += cell.Span;
            }
        }

        return [.. rows.Select((row, i) => row with { Cells = cells[i] })];
    }
}
