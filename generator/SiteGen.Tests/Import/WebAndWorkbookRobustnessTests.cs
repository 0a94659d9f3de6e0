using System.IO.Compression;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>
/// Web pages and workbooks, however broken, end in a result: content written, or an error and nothing written.
/// Inputs are the seed as a page or workbook with random edits: lost, repeated or garbled lines of HTML, random
/// spans; rows dropped or cells emptied before the workbook is written, and bytes flipped inside its zip.
/// </summary>
public sealed class WebAndWorkbookRobustnessTests
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    private static IReadOnlyList<Block> SeedBlocks => TextExportReader.Read(SeedText.Text, SeedText.Path, "UTF-8").Blocks;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_web_pages_import_or_are_refused_without_writing_anything(int seed) => MutatedPage(seed, SeedBlocks, null);

    /// <summary>The shapes of "Forms in the wild" beyond the seed's: a table of many projects, a 公示 notice, a department table with 保障措施.</summary>
    public static TheoryData<int, string> OtherForms()
    {
        var data = new TheoryData<int, string>();
        foreach (var seed in Enumerable.Range(1, 10))
        {
            foreach (var form in (string[])["flat", "notice", "measures"])
            {
                data.Add(seed, form);
            }
        }

        return data;
    }

    private static IReadOnlyList<Block> Form(string form) => form switch
    {
        "flat" => Forms.WildShapeGapTests.FlatWorkbook,
        "notice" => Forms.WildShapeGapTests.Notice,
        _ => Forms.WildShapeGapTests.DepartmentWithMeasures,
    };

    [Theory]
    [MemberData(nameof(OtherForms))]
    public void Mutated_pages_and_workbooks_of_other_forms_import_or_are_refused_without_writing_anything(int seed, string form)
    {
        MutatedPage(seed, Form(form), "224002");
        MutatedWorkbook(seed, Form(form), "224002");
    }

    private static ImportRun Import(TempFolder folder, string path, string? departmentCode) =>
        departmentCode is null ? ImportRun.Of(folder, path) : Forms.FormBlocks.ImportFile(folder, path, departmentCode, "县委网信办");

    private static void MutatedPage(int seed, IReadOnlyList<Block> blocks, string? departmentCode)
    {
        using var folder = new TempFolder();
        var random = new Random(seed);
        var lines = HtmlBuilder.Page(blocks, "gbk").Split('\n').ToList();
        for (var edits = random.Next(1, 8); edits > 0 && lines.Count > 2; edits--)
        {
            var at = random.Next(lines.Count);
            const string Alphabet = "<>/\"=&;tdrowspancolspan|—\u00A0 99999-1";
            switch (random.Next(4))
            {
                case 0:
                    lines.RemoveRange(at, Math.Min(random.Next(1, 10), lines.Count - at));
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)])));
                    break;
                default:
                    lines[at] = lines[at].Replace("<td>", $"<td rowspan=\"{random.Next(-2, 5000)}\" colspan=\"{random.Next(-2, 500)}\">", StringComparison.Ordinal);
                    break;
            }
        }

        var path = folder.Join("page.html");
        File.WriteAllBytes(path, Gbk.GetBytes(string.Join('\n', lines)));

        AssertEndsInAResult(Import(folder, path, departmentCode));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_workbooks_import_or_are_refused_without_writing_anything(int seed) => MutatedWorkbook(seed, SeedBlocks, null);

    private static void MutatedWorkbook(int seed, IReadOnlyList<Block> original, string? departmentCode)
    {
        using var folder = new TempFolder();
        var random = new Random(seed);
        var blocks = original.Select(block => block is Table table && random.Next(2) == 0
            ? table with { Rows = [.. table.Rows.Where(_ => random.Next(8) > 0).Select(r => r with { Cells = [.. r.Cells.Select(c => random.Next(10) == 0 ? c with { Text = "" } : c)] })] }
            : block).Where(_ => random.Next(20) > 0).ToList();
        var path = folder.Join("book.xlsx");
        XlsxBuilder.Write(path, [("表", blocks)]);
        if (seed % 3 == 0)
        {
            FlipBytesInside(path, random);
        }

        AssertEndsInAResult(Import(folder, path, departmentCode));
    }

    private static void AssertEndsInAResult(ImportRun run)
    {
        Assert.True(run.Result.Succeeded || run.Result.Diagnostics.Any(d => d.Severity == Severity.Error), run.Report);
        if (run.Result.Imported.Count == 0)
        {
            Assert.False(Directory.Exists(run.ContentDir), run.Report);
        }

        Assert.All(run.Result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString()));
    }

    /// <summary>Garbles a few bytes of the sheet's XML inside the zip (the zip stays readable, the XML may not).</summary>
    private static void FlipBytesInside(string path, Random random)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml") ?? zip.Entries.First(e => e.FullName.Contains("sheet", StringComparison.Ordinal));
        byte[] bytes;
        using (var stream = entry.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        for (var i = random.Next(1, 6); i > 0 && bytes.Length > 0; i--)
        {
            bytes[random.Next(bytes.Length)] = (byte)"<>\"=0A9:&"[random.Next(9)];
        }

        var name = entry.FullName;
        entry.Delete();
        using var written = zip.CreateEntry(name).Open();
        written.Write(bytes);
    }
}
