using AngleSharp.Dom;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// The cells of an HTML table section as a citizen sees them: a merged (rowspan/colspan) cell's text
/// fills every grid position it covers, so merged 一级/二级 cells can be read row by row.
/// </summary>
internal static class TableGrid
{
    public static List<List<string>> Read(IEnumerable<IElement> rows)
    {
        var grid = new List<List<string>>();
        var carried = new Dictionary<int, (string Text, int RowsLeft)>();
        foreach (var row in rows)
        {
            var line = new List<string>();
            var cells = new Queue<IElement>(row.Children.Where(c => c.LocalName is "td" or "th"));
            for (var col = 0; cells.Count > 0 || carried.ContainsKey(col); col++)
            {
                if (carried.TryGetValue(col, out var above))
                {
                    line.Add(above.Text);
                    carried[col] = (above.Text, above.RowsLeft - 1);
                    if (above.RowsLeft - 1 == 0)
                    {
                        carried.Remove(col);
                    }

                    continue;
                }

                var cell = cells.Dequeue();
                var text = Normalise(cell.TextContent);
                var rowspan = int.TryParse(cell.GetAttribute("rowspan"), out var r) ? r : 1;
                var colspan = int.TryParse(cell.GetAttribute("colspan"), out var c) ? c : 1;
                for (var i = 0; i < colspan; i++)
                {
                    line.Add(text);
                    if (rowspan > 1)
                    {
                        carried[col + i] = (text, rowspan - 1);
                    }
                }

                col += colspan - 1;
            }

            grid.Add(line);
        }

        return grid;
    }

    /// <summary>Text with all white space removed: layout may wrap lines, a reader does not care.</summary>
    public static string Normalise(string text) => new([.. text.Where(ch => !char.IsWhiteSpace(ch))]);
}
