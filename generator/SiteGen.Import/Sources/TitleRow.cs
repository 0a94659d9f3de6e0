namespace SiteGen.Import.Sources;

/// <summary>
/// Web pages and workbooks often put the form's title (…绩效目标表) in a first row of one cell across the table,
/// where a Word document has a title line above it: taken out of the rows as that line.
/// </summary>
internal static class TitleRow
{
    public static Paragraph? Take(List<TableRow> rows)
    {
        if (rows.Count > 1 && rows[0].Cells.Count(c => c.Text.Length > 0) == 1 && rows[0].Cells.Count(c => !c.ContinuesAbove) == 1
            && rows[1].Cells.Count > 1 && rows[0].Cells[0].Text.EndsWith('表'))
        {
            var title = new Paragraph(rows[0].Cells[0].Text, false, rows[0].Cells[0].At);
            rows.RemoveAt(0);
            return title;
        }

        return null;
    }
}
