using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>
/// Word documents import like their text export. The .docx inputs are written here from the seed (its
/// blocks as the text reader sees them), with Word's merged cells made real merges.
/// </summary>
public sealed class DocxImportTests
{
    private static LegacyDocument SeedBlocks => TextExportReader.Read(SeedText.Text, SeedText.Path, "UTF-8");

    [Fact]
    public void The_seed_as_a_Word_document_imports_to_the_bundled_content()
    {
        using var folder = new TempFolder();
        var path = folder.Join("000_023f989943ff03a5.docx");
        DocxBuilder.Write(path, SeedBlocks.Blocks, new DocxBuilder.Options { Headings = DocxBuilder.HeadingMark.TcField });

        var run = ImportRun.Of(folder, path);

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Equal(DocxReader.Format, run.Result.Imported.Single().Format);
        var expected = GoldenFiles.ListFiles(SeedText.BundledDisclosure);
        Assert.Equal(expected, GoldenFiles.ListFiles(run.DisclosureFolder));
        foreach (var file in expected)
        {
            var want = File.ReadAllText(Path.Join(SeedText.BundledDisclosure, file));
            var got = File.ReadAllText(Path.Join(run.DisclosureFolder, file));
            Assert.Equal(want.Replace(".txt（", ".docx（", StringComparison.Ordinal), got);
        }

        Forms.FormBlocks.AssertPagesShow(folder, run, SeedText.Targets); // built, every target on the page as the document wrote it
    }

    [Fact]
    public void Diagnostics_in_a_Word_document_name_the_paragraph_number()
    {
        using var folder = new TempFolder();
        var path = folder.Join("seed.docx");
        DocxBuilder.Write(path, SeedBlocks.Blocks);
        var paragraph = DocxReader.Read(path, new())!.Blocks.OfType<Paragraph>().Single(p => p.Text.StartsWith("为做好2020年度", StringComparison.Ordinal));

        var run = ImportRun.Of(folder, path);

        var warning = Assert.Single(run.Result.Diagnostics);
        Assert.Equal($"{path}({paragraph.At.Line},1): warning SG7104", warning.ToString()[..(warning.ToString().IndexOf("SG7104", StringComparison.Ordinal) + 6)]);
        Assert.True(paragraph.At.Line > 10);
    }

    [Fact]
    public void A_target_split_over_three_cells_under_one_spanning_header_is_joined()
    {
        using var folder = new TempFolder();
        var blocks = SeedBlocks.Blocks.Select(block => block is Table table ? SplitTargets(table) : block).ToList();
        var path = folder.Join("split.docx");
        DocxBuilder.Write(path, blocks);

        var run = ImportRun.Of(folder, path);

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Contains("    target: ≥3000条\n", run.Project(2), StringComparison.Ordinal);
        Assert.Contains("    target: ≥230篇（更新新闻篇数）\n", run.Project(1), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_binary_doc_file_is_refused_with_a_hint_to_save_it_as_docx()
    {
        using var folder = new TempFolder();
        var path = folder.Join("old.doc");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        var result = CliRunner.Run(folder.Path, "import", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error SG7001", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(".docx", result.StdErr, StringComparison.Ordinal);
    }

    /// <summary>指标值 spans three grid columns; each indicator row writes its target as operator, number and unit cells.</summary>
    private static Table SplitTargets(Table table)
    {
        var header = table.Rows.FirstOrDefault(r => r.Cells.Any(c => c.Text == "指标值"));
        if (header is null)
        {
            return table;
        }

        var target = header.Cells.ToList().FindIndex(c => c.Text == "指标值");
        var rows = table.Rows.Select((row, i) =>
        {
            if (row == header)
            {
                return row with { Cells = [.. row.Cells.Select((c, j) => j == target ? c with { Span = 3 } : c)] };
            }

            if (i < table.Rows.ToList().IndexOf(header) || row.Cells.Count != header.Cells.Count)
            {
                return row;
            }

            var text = row.Cells[target].Text;
            var parts = new[] { text[..1], new string([.. text[1..].TakeWhile(char.IsAsciiDigit)]), new string([.. text[1..].SkipWhile(char.IsAsciiDigit)]) };
            var cells = row.Cells.ToList();
            cells.RemoveAt(target);
            cells.InsertRange(target, parts.Select(p => new TableCell(p, row.Cells[target].At)));
            return row with { Cells = cells };
        });
        return table with { Rows = [.. rows] };
    }
}
