using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>
/// Text copied from a web page writes a table row as one line, cells joined by “|”; text extracted from a PDF
/// has page footers such as “— 1 —” between rows. Both are written here from the seed's own lines.
/// </summary>
public sealed class PipeTextImportTests
{
    [Fact]
    public void The_seed_with_its_rows_as_pipe_lines_and_page_footers_inside_tables_imports_to_the_bundled_content()
    {
        using var folder = new TempFolder();
        var text = AsPipeRows(SeedText.Lines);
        Assert.Contains("| 产出指标 |", text, StringComparison.Ordinal);
        var path = SeedText.Write(folder, text);

        var run = ImportRun.Of(folder, path);

        Assert.True(run.Result.Succeeded, run.Report);
        foreach (var file in GoldenFiles.ListFiles(SeedText.BundledDisclosure))
        {
            Assert.Equal(File.ReadAllText(Path.Join(SeedText.BundledDisclosure, file)), File.ReadAllText(Path.Join(run.DisclosureFolder, file)));
        }

        Forms.FormBlocks.AssertPagesShow(folder, run, SeedText.Targets);
    }

    [Fact]
    public void Pipe_cells_are_trimmed_a_dash_is_blank_and_each_cell_is_at_its_column()
    {
        var document = TextExportReader.Read("标题\n| 一级指标 | 二级指标 | 指标值 |\n|产出指标|—| ≥230篇 |\n— 2 —\n", "t.txt", "UTF-8");

        var table = Assert.Single(document.Blocks.OfType<Table>());
        Assert.Equal(["一级指标|二级指标|指标值", "产出指标||≥230篇"], table.Rows.Select(r => string.Join('|', r.Cells.Select(c => c.Text))));
        Assert.Equal([2, 7, 10], table.Rows[1].Cells.Select(c => c.At.Column));
        Assert.All(table.Rows[1].Cells, c => Assert.Equal(3, c.At.Line));
    }

    /// <summary>Every row of single-line cells as one “|” line; after every fifth such row a PDF page footer.</summary>
    private static string AsPipeRows(string[] lines)
    {
        var result = new List<string>();
        var rows = 0;
        for (var i = 0; i < lines.Length;)
        {
            var end = i;
            while (end < lines.Length && lines[end].StartsWith('\t'))
            {
                end++;
            }

            if (end > i + 1 && end < lines.Length && lines[end].Length == 0)
            {
                result.Add("| " + string.Join(" | ", lines[i..end].Select(l => l.Trim())) + " |");
                if (++rows % 5 == 0)
                {
                    result.Add($"— {rows / 5} —");
                }

                i = end + 1;
            }
            else
            {
                result.Add(lines[i]);
                i++;
            }
        }

        return string.Join('\n', result);
    }
}
