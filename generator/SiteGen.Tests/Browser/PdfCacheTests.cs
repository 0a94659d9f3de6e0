using SiteGen.Diagnostics;
using SiteGen.Pdf;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The PDFs of the build cache (<c>sitegen build --pdf</c>, <c>CachedPdfPrinter</c>) on a three-disclosure sample
/// printed by the real Chromium: a PDF is printed again only when its page or what the page loads (the print style
/// sheet) changed, and every PDF a build writes is byte for byte the one a cold build prints; a damaged entry is
/// reported (SG6007) and printed again. The output folder is removed between builds where the build must run (with
/// the output as the last build left it, a build with nothing changed does nothing at all).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PdfCacheTests : IDisposable
{
    private const int Disclosures = 3;
    private readonly TempFolder _folder = new();

    public PdfCacheTests()
    {
        var sample = SampleCorpus.Write(new SampleOptions(Departments: Disclosures, Years: 1, Seed: 1, OutputDir: Content));
        Assert.True(sample.Succeeded, sample.Error);
        _folder.CopyFrom(RepoPaths.Templates, "templates");
    }

    private string Content => _folder.Join("content");

    private string Output => _folder.Join("output");

    private string Cache => _folder.Join("cache");

    /// <summary>The cache's own PDF entries (its folder "pdf"), whatever their names.</summary>
    private string[] Entries => Directory.Exists(Path.Join(Cache, "pdf"))
        ? [.. Directory.EnumerateFiles(Path.Join(Cache, "pdf"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
        : [];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void With_nothing_changed_a_second_build_prints_no_pdf_and_every_pdf_keeps_its_bytes()
    {
        var cold = Build();
        Assert.Equal((Disclosures, 0), (cold.PdfsPrinted, cold.PdfsReused));
        var printed = Pdfs();
        Assert.Equal(Disclosures, printed.Count);

        var again = Build();
        Assert.True(again.UpToDate);
        Assert.Equal(0, again.PdfsPrinted);
        Assert.Equal(printed, Pdfs());

        Directory.Delete(Output, recursive: true); // now the build runs, and finds every PDF in the cache
        var rebuilt = Build();

        Assert.False(rebuilt.UpToDate);
        Assert.Equal((0, Disclosures), (rebuilt.PdfsPrinted, rebuilt.PdfsReused));
        Assert.Empty(rebuilt.Diagnostics);
        Assert.Equal(printed, Pdfs());
    }

    [Fact]
    public void A_pdf_from_the_cache_is_still_tagged_in_Chinese_with_its_bookmarks_and_table_headers()
    {
        Build();
        Directory.Delete(Output, recursive: true);
        Assert.Equal(0, Build().PdfsPrinted);

        foreach (var pdf in Pdfs().Keys.Select(p => Path.Join(Output, p)))
        {
            var info = Poppler.Info(pdf);
            Assert.Equal("yes", info["Tagged"]);
            var outline = Poppler.Outline(pdf).Select(TableGrid.Normalise).ToList();
            Assert.Contains(outline, t => t.StartsWith("第一部分", StringComparison.Ordinal));
            Assert.Contains(outline, t => t.StartsWith("第二部分", StringComparison.Ordinal));
            // The department named in the title is in the text, in Chinese, as printed.
            var department = info["Title"].Split("20", 2)[0];
            Assert.Contains("东西县", department, StringComparison.Ordinal);
            Assert.Contains(department, TableGrid.Normalise(Poppler.Text(pdf)), StringComparison.Ordinal);
            // Table cells name their header cells by id: after the ids were renumbered, each still names a cell there.
            var bytes = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
            var ids = System.Text.RegularExpressions.Regex.Matches(bytes, @"/ID \((node[0-9]+)\)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var headers = System.Text.RegularExpressions.Regex.Matches(bytes, @"/Headers \[([^\]]*)\]")
                .SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.Groups[1].Value, "node[0-9]+").Select(id => id.Value)).ToList();
            Assert.NotEmpty(headers);
            Assert.All(headers, id => Assert.Contains(id, ids));
        }
    }

    [Fact]
    public void After_one_disclosure_is_edited_only_the_pdfs_of_changed_pages_are_printed_and_the_rest_keep_their_bytes()
    {
        Build();
        var before = Pdfs();
        var pagesBefore = DisclosurePages();
        var project = Directory.EnumerateFiles(Content, "*.yml", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}projects{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(project);
        var target = text.IndexOf("    target: ", StringComparison.Ordinal);
        Assert.True(target >= 0, $"{project} has no target");
        File.WriteAllText(project, text.Insert(target + "    target: ".Length, "≥424242个 #"));

        var edited = Build();

        var pagesAfter = DisclosurePages();
        var changed = pagesAfter.Keys.Where(pdf => pagesAfter[pdf] != pagesBefore[pdf]).ToList();
        var editedPdf = Path.GetRelativePath(Content, project).Split(Path.DirectorySeparatorChar) is [var year, var folder, ..]
            ? $"{year}/{folder.Split('-')[0]}/{folder.Split('-')[0]}-{year}.pdf"
            : throw new InvalidOperationException(project);
        Assert.Contains(editedPdf, changed);
        Assert.Equal((changed.Count, Disclosures - changed.Count), (edited.PdfsPrinted, edited.PdfsReused));
        var after = Pdfs();
        Assert.Contains("424242", Poppler.Text(Path.Join(Output, editedPdf)), StringComparison.Ordinal);
        Assert.NotEqual(before[editedPdf], after[editedPdf]);
        foreach (var pdf in before.Keys.Except(changed))
        {
            Assert.Equal(before[pdf], after[pdf]);
        }
    }

    [Fact]
    public void A_change_of_the_print_style_sheet_or_the_page_template_prints_every_pdf_again()
    {
        Build();
        var before = Pdfs();
        var css = _folder.Join("templates", "assets", "site.css");
        File.AppendAllText(css, "\n@media print { main * { color: #203040 !important; } }\n");

        var restyled = Build();

        Assert.Equal((Disclosures, 0), (restyled.PdfsPrinted, restyled.PdfsReused));
        var after = Pdfs();
        Assert.All(before.Keys, pdf => Assert.NotEqual(before[pdf], after[pdf])); // printed in the new colour

        var layout = _folder.Join("templates", "layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</main>", "<p>（本页打印于模板修改之后）</p>\n</main>", StringComparison.Ordinal));

        var retemplated = Build();

        Assert.Equal((Disclosures, 0), (retemplated.PdfsPrinted, retemplated.PdfsReused));
        Assert.All(Pdfs().Keys, pdf => Assert.Contains("本页打印于模板修改之后", TableGrid.Normalise(Poppler.Text(Path.Join(Output, pdf))), StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_entry_is_reported_printed_again_and_the_pdf_is_the_cold_builds()
    {
        Build();
        var cold = Pdfs();
        var entries = Entries;
        Assert.Equal(Disclosures, entries.Length);
        var truncated = File.ReadAllBytes(entries[0]);
        File.WriteAllBytes(entries[0], truncated[..(truncated.Length / 2)]);
        var overwritten = File.ReadAllBytes(entries[1]);
        Array.Fill(overwritten, (byte)'x', overwritten.Length / 2, 64); // same length, other bytes
        File.WriteAllBytes(entries[1], overwritten);
        Directory.Delete(Output, recursive: true);

        var repaired = Build();

        Assert.True(repaired.Succeeded);
        var warning = Assert.Single(repaired.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.BuildCacheIgnored.Id), (warning.Severity, warning.Code));
        Assert.Contains("2 个 PDF 已损坏", warning.Message, StringComparison.Ordinal);
        Assert.Equal((2, 1), (repaired.PdfsPrinted, repaired.PdfsReused));
        Assert.Equal(cold, Pdfs());

        Directory.Delete(Output, recursive: true); // the entries printed again replaced the damaged ones
        var next = Build();
        Assert.Empty(next.Diagnostics);
        Assert.Equal((0, Disclosures), (next.PdfsPrinted, next.PdfsReused));
        Assert.Equal(cold, Pdfs());
    }

    [Fact]
    public void The_command_line_says_how_many_pdfs_were_printed_and_how_many_came_from_the_cache()
    {
        var first = CliRunner.Run(_folder.Path, "build", "--pdf", "--quiet");
        Assert.True(first.ExitCode == 0, first.StdOut + first.StdErr);
        Assert.Contains($"{Disclosures} PDFs written to output ({Disclosures} printed, 0 from the build cache)", first.StdOut, StringComparison.Ordinal);
        Directory.Delete(Output, recursive: true);

        var again = CliRunner.Run(_folder.Path, "build", "--pdf", "--quiet");

        Assert.True(again.ExitCode == 0, again.StdOut + again.StdErr);
        Assert.Contains($"{Disclosures} PDFs written to output (0 printed, {Disclosures} from the build cache)", again.StdOut, StringComparison.Ordinal);
    }

    private BuildResult Build()
    {
        var result = SiteBuilder.Build(new BuildOptions(Content, _folder.Join("templates"), Output, new ChromiumPdfPrinter(new PdfOptions(Chromium)), CacheDir: Cache));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Chromium =>
        ChromiumLocator.Locate(null, Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable)).Path
        ?? throw new InvalidOperationException("The PDF cache tests need Chromium. `bash .ci/test` installs it.");

    /// <summary>Every PDF of the output folder by its path there ("2019/900000/900000-2019.pdf"), with the SHA-256 of its bytes.</summary>
    private Dictionary<string, string> Pdfs() =>
        Directory.EnumerateFiles(Output, "*.pdf", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>The page each PDF is printed from (index.html beside it), by the PDF's path, as text.</summary>
    private Dictionary<string, string> DisclosurePages() =>
        Pdfs().Keys.ToDictionary(pdf => pdf, pdf => File.ReadAllText(Path.Join(Output, Path.GetDirectoryName(pdf), "index.html")), StringComparer.Ordinal);
}
