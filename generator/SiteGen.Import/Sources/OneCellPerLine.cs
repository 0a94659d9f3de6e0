namespace SiteGen.Import.Sources;

/// <summary>
/// Text copied from a web page or a PDF with one table cell per line and a blank line after each row, no tabs and no
/// “|”: from the first line that is a project table's label (项目名称, 项目编码) to the next heading, each line becomes a
/// cell as Word's text export writes it (after a tab), and “—” on its own line is a blank cell. Line numbers stay.
/// </summary>
internal static class OneCellPerLine
{
    private static readonly string[] TableStarts = ["项目名称", "项目编码", "项目代码"];

    public static string[] AsTabCells(string[] lines, Func<string, bool> isPipeRow, Func<string, bool> isHeading)
    {
        if (lines.Any(l => l.StartsWith('\t') || isPipeRow(l)) || !lines.Any(IsTableStart))
        {
            return lines; // Word's tab export, or rows joined by |: read as they are
        }

        var result = new string[lines.Length];
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (IsTableStart(line))
            {
                inTable = true;
            }
            else if (inTable && trimmed.Length > 0 && isHeading(trimmed))
            {
                inTable = false;
            }

            result[i] = !inTable || trimmed.Length == 0 ? line : "\t" + (trimmed is "—" or "——" ? "" : trimmed);
        }

        return result;
    }

    private static bool IsTableStart(string line)
    {
        var label = line.Trim().TrimEnd(':', '：');
        return TableStarts.Contains(label, StringComparer.Ordinal);
    }
}
