using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>
/// Excel workbooks import like the Word document they were exported from. The workbooks are written here from
/// the seed's blocks: Part 1 on one sheet and the project tables on another, amounts stored as numbers with the
/// format 0.00, spans and the empty 一级/二级 cells as merged ranges.
/// </summary>
public sealed class XlsxImportTests
{
    private static LegacyDocument SeedBlocks => TextExportReader.Read(SeedText.Text, SeedText.Path, "UTF-8");

    private static IReadOnlyList<(string, IReadOnlyList<Block>)> SeedSheets()
    {
        var blocks = SeedBlocks.Blocks;
        var partTwo = blocks.ToList().FindIndex(b => b is Paragraph p && p.Text.StartsWith("第二部分", StringComparison.Ordinal));
        return [("部门整体绩效目标", [.. blocks.Take(partTwo)]), ("项目表", [.. blocks.Skip(partTwo)])];
    }

    [Fact]
    public void The_seed_as_a_workbook_over_two_sheets_with_merged_cells_imports_to_the_bundled_content()
    {
        using var folder = new TempFolder();
        var path = folder.Join("000_023f989943ff03a5.xlsx");
        XlsxBuilder.Write(path, SeedSheets());

        var run = ImportRun.Of(folder, path);

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Equal(XlsxReader.Format, run.Result.Imported.Single().Format);
        var expected = GoldenFiles.ListFiles(SeedText.BundledDisclosure);
        Assert.Equal(expected, GoldenFiles.ListFiles(run.DisclosureFolder));
        foreach (var file in expected)
        {
            var want = File.ReadAllText(Path.Join(SeedText.BundledDisclosure, file));
            var got = File.ReadAllText(Path.Join(run.DisclosureFolder, file));
            Assert.Equal(want.Replace(".txt（", ".xlsx（", StringComparison.Ordinal), got);
        }

        Forms.FormBlocks.AssertPagesShow(folder, run, SeedText.Targets); // built, every target on the page as the document wrote it
    }

    [Fact]
    public void Amounts_show_as_the_sheet_formats_them_and_merges_span_rows_and_columns()
    {
        using var folder = new TempFolder();
        var path = folder.Join("book.xlsx");
        XlsxBuilder.Write(path, SeedSheets());

        var document = XlsxReader.Read(path, new())!.Value.Document;

        var project = document.Blocks.OfType<Table>().First();
        var budget = project.Rows.First(r => r.Cells.Any(c => c.Text == "预算数"));
        Assert.Equal("10.00", budget.Cells[budget.Cells.ToList().FindIndex(c => c.Text == "预算数") + 1].Text);
        var level1 = project.Rows.SelectMany(r => r.Cells).First(c => c.Text == "产出指标");
        Assert.True(level1.RowSpan > 1, $"产出指标 covers {level1.RowSpan} rows");
        Assert.Contains(project.Rows.SelectMany(r => r.Cells), c => c.ContinuesAbove);
    }

    [Fact]
    public void A_warning_names_the_sheet_and_the_cell_at_its_row_and_column()
    {
        using var folder = new TempFolder();
        var sheets = SeedSheets();
        var projects = sheets[1].Item2.ToList();
        var first = projects.FindIndex(b => b is Table);
        var table = (Table)projects[first];
        // An extra row whose one label no form uses: reported, not guessed.
        projects[first] = table with { Rows = [.. table.Rows.Take(2), new TableRow([new TableCell("备注栏", table.At), new TableCell("无", table.At)], table.At), .. table.Rows.Skip(2)] };
        var path = folder.Join("book.xlsx");
        XlsxBuilder.Write(path, [sheets[0], ("项目表", projects)]);
        var cell = XlsxReader.Read(path, new())!.Value.Document.Blocks.OfType<Table>().First().Rows.SelectMany(r => r.Cells).First(c => c.Text == "备注栏");

        var run = ImportRun.Of(folder, path);

        var warning = Assert.Single(run.Codes("SG7102"), d => d.Contains("备注栏", StringComparison.Ordinal));
        Assert.StartsWith($"{path}({cell.At.Line},1): warning SG7102: 工作表“项目表” A{cell.At.Line}：", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_binary_xls_workbook_is_refused_with_a_hint_to_save_it_as_xlsx()
    {
        using var folder = new TempFolder();
        var path = folder.Join("old.xls");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        var run = ImportRun.Of(folder, path);

        var refusal = Assert.Single(run.Codes("SG7001"));
        Assert.Contains("另存为 Excel 工作簿（.xlsx）", refusal, StringComparison.Ordinal);
    }
}
