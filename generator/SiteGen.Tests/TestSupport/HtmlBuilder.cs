using System.Net;
using System.Text;
using SiteGen.Import.Sources;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Writes blocks as a saved county-portal page: a navigation bar and a script (not content), the blocks inside a
/// layout table, headings as h2, paragraphs indented with &amp;nbsp;, tables with the empty 一级/二级 cells
/// under a filled one merged into it by rowspan (as portals publish the form), empty cells as &amp;nbsp;.
/// </summary>
internal static class HtmlBuilder
{
    public static string Page(IReadOnlyList<Block> blocks, string charset)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n");
        html.Append("<title>信息公开</title>\n<script>var 项目名称 = \"脚本里的字不是内容\";</script>\n</head>\n<body>\n");
        html.Append("<nav><a href=\"/\">首页</a> &gt; <a href=\"/xxgk\">信息公开</a> 项目名称</nav>\n");
        html.Append("<table width=\"100%\"><tr><td class=\"content\">\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph { IsHeading: true } heading:
                    html.Append($"<h2>{WebUtility.HtmlEncode(heading.Text)}</h2>\n");
                    break;
                case Paragraph paragraph:
                    html.Append($"<p>&nbsp;&nbsp;{WebUtility.HtmlEncode(paragraph.Text)}</p>\n");
                    break;
                case Table table:
                    WriteTable(html, table);
                    break;
            }
        }

        html.Append("</td></tr></table>\n<script>document.write('项目编码');</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteTable(StringBuilder html, Table table)
    {
        html.Append("<table border=\"1\" cellspacing=\"0\">\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr>");
            var cells = table.Rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                if (DocxBuilder.MergeEmptyLevelCells(table, r, c))
                {
                    continue;
                }

                var rowSpan = 1 + RowsMergedBelow(table, r, c);
                var attributes = (cells[c].Span > 1 ? $" colspan=\"{cells[c].Span}\"" : "") + (rowSpan > 1 ? $" rowspan=\"{rowSpan}\"" : "");
                var text = cells[c].Text.Length == 0 ? "&nbsp;" : string.Join("<br>", cells[c].Text.Split('\n').Select(WebUtility.HtmlEncode));
                html.Append($"<td{attributes}>{text}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>How many rows below take this cell's grid position as a merge into it.</summary>
    private static int RowsMergedBelow(Table table, int row, int cell)
    {
        var start = table.Rows[row].Cells.Take(cell).Sum(c => c.Span);
        var span = table.Rows[row].Cells[cell].Span;
        var count = 0;
        for (var below = row + 1; below < table.Rows.Count; below++)
        {
            var aligned = Aligned(table.Rows[below], start, span);
            if (aligned < 0 || !DocxBuilder.MergeEmptyLevelCells(table, below, aligned))
            {
                break;
            }

            count++;
        }

        return count;
    }

    private static int Aligned(TableRow row, int start, int span)
    {
        var grid = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (grid == start && row.Cells[i].Span == span)
            {
                return i;
            }

            grid += row.Cells[i].Span;
        }

        return -1;
    }
}
