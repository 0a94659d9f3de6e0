using System.Text.RegularExpressions;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Reads the seed (a Word disclosure exported to text) directly, independently of SiteGen's content,
/// so tests can hold the published page against the original document.
/// </summary>
internal sealed partial class SeedDocument
{
    private SeedDocument(string[] lines) => Lines = lines;

    public string[] Lines { get; }

    public static SeedDocument Load() =>
        new(File.ReadAllLines(Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Single()));

    /// <summary>Every line that carries text, without Word's TC field codes and with white space removed.</summary>
    public IEnumerable<string> TextLines() =>
        Lines.Select(l => TableGrid.Normalise(TcField().Replace(l, ""))).Where(l => l.Length > 0);

    /// <summary>Each project's code and its indicator rows (6 cells; a blank 一级 cell filled from the row above).</summary>
    public List<(string Code, List<string[]> Rows)> Projects()
    {
        var projects = new List<(string, List<string[]>)>();
        for (var i = 0; i < Lines.Length; i++)
        {
            if (Lines[i].Trim() != "项目编码")
            {
                continue;
            }

            var code = Lines[i + 1].Trim();
            var header = Array.FindIndex(Lines, i, l => l.Trim() == "指标值确定依据");
            projects.Add((code, IndicatorRows(header + 1)));
        }

        return projects;
    }

    private List<string[]> IndicatorRows(int start)
    {
        var rows = new List<string[]>();
        var level1 = "";
        for (var i = start; i < Lines.Length; i++)
        {
            if (Lines[i].Length == 0)
            {
                if (i + 1 < Lines.Length && Lines[i + 1].Length == 0)
                {
                    break;
                }

                continue;
            }

            var cells = Lines.Skip(i).Take(6).Select(l => l.Trim()).ToArray();
            level1 = cells[0].Length > 0 ? cells[0] : level1;
            cells[0] = level1;
            rows.Add(cells);
            i += 5;
        }

        return rows;
    }

    [GeneratedRegex(@"TC .*\\l \d+\s*$")]
    private static partial Regex TcField();
}
