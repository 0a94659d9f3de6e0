using SiteGen.Diagnostics;

namespace SiteGen.Import.Sources;

/// <summary>
/// A sheet's cells into blocks: each run of rows between blank rows is one table over the columns it uses, after
/// its leading rows of one cell, which are paragraphs (a title line, prose);
/// a merged range is one cell spanning its width, and a continuation cell (<see cref="TableCell.ContinuesAbove"/>)
/// in each row below its first.
/// </summary>
internal static class XlsxTables
{
    /// <summary>A merge larger than this is a formatting accident over empty cells, not a cell of the form.</summary>
    private const int MaxMergeArea = 10000;

    public static IEnumerable<Block> Of(
        Dictionary<(int Row, int Column), string> grid, List<(int Top, int Left, int Bottom, int Right)> merges, string path)
    {
        merges = [.. merges.Where(m => (long)(m.Bottom - m.Top + 1) * (m.Right - m.Left + 1) <= MaxMergeArea)];
        var mergeAt = new Dictionary<(int, int), (int Top, int Left, int Bottom, int Right)>();
        foreach (var merge in merges)
        {
            for (var r = merge.Top; r <= merge.Bottom; r++)
            {
                for (var c = merge.Left; c <= merge.Right; c++)
                {
                    mergeAt.TryAdd((r, c), merge);
                }
            }
        }

        var used = new SortedSet<int>(grid.Keys.Select(k => k.Row));
        foreach (var merge in merges.Where(m => used.Contains(m.Top)))
        {
            for (var r = merge.Top; r <= merge.Bottom; r++)
            {
                used.Add(r);
            }
        }

        foreach (var segment in Runs(used))
        {
            var inSegment = segment.ToHashSet();
            var columns = grid.Keys.Where(k => inSegment.Contains(k.Row)).Select(k => k.Column)
                .Concat(merges.Where(m => inSegment.Contains(m.Top)).SelectMany(m => new[] { m.Left, m.Right })).ToList();
            var (left, right) = (columns.Min(), columns.Max());
            var rows = new List<TableRow>();
            foreach (var r in segment)
            {
                var cells = new List<TableCell>();
                for (var c = left; c <= right;)
                {
                    var at = new SourceLocation(path, r, c);
                    if (mergeAt.TryGetValue((r, c), out var merge) && merge.Left == c)
                    {
                        var width = Math.Min(merge.Right, right) - c + 1;
                        cells.Add(r == merge.Top
                            ? new TableCell(grid.GetValueOrDefault((r, c), ""), at, width)
                            : new TableCell("", at, width, ContinuesAbove: true));
                        c += width;
                    }
                    else
                    {
                        cells.Add(new TableCell(mergeAt.ContainsKey((r, c)) ? "" : grid.GetValueOrDefault((r, c), ""), at));
                        c++;
                    }
                }

                rows.Add(new TableRow(cells, new SourceLocation(path, r, left)));
            }

            // A sheet has no paragraphs: the title, the unit line and prose are rows of one cell before a table.
            while (rows.Count > 0 && rows[0].Cells.Count(c => c.Text.Length > 0) <= 1)
            {
                if (rows[0].Cells.FirstOrDefault(c => c.Text.Length > 0) is { } line)
                {
                    yield return new Paragraph(line.Text.Replace('\n', ' '), false, line.At);
                }

                rows.RemoveAt(0);
            }

            if (rows.Count > 0)
            {
                yield return new Table(RowSpans.Count(rows), rows[0].At);
            }
        }
    }

    /// <summary>Consecutive row numbers, as lists.</summary>
    private static IEnumerable<List<int>> Runs(SortedSet<int> rows)
    {
        var run = new List<int>();
        foreach (var row in rows)
        {
            if (run.Count > 0 && row != run[^1] + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(row);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
