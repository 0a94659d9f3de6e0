using System.Text;
using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>
/// Saved web pages import like the Word document they were published from. The pages are written here from
/// the seed's blocks: a GBK page with a navigation bar and scripts, a layout table around the content, and the
/// indicator table's 一级/二级 cells merged by rowspan.
/// </summary>
public sealed class HtmlImportTests
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    private static LegacyDocument SeedBlocks => TextExportReader.Read(SeedText.Text, SeedText.Path, "UTF-8");

    [Fact]
    public void The_seed_as_a_GBK_web_page_with_merged_cells_imports_to_the_bundled_content()
    {
        using var folder = new TempFolder();
        var path = folder.Join("000_023f989943ff03a5.html");
        File.WriteAllBytes(path, Gbk.GetBytes(HtmlBuilder.Page(SeedBlocks.Blocks, "gbk")));

        var run = ImportRun.Of(folder, path);

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Equal("HTML (GB18030)", run.Result.Imported.Single().Format);
        var expected = GoldenFiles.ListFiles(SeedText.BundledDisclosure);
        Assert.Equal(expected, GoldenFiles.ListFiles(run.DisclosureFolder));
        foreach (var file in expected)
        {
            var want = File.ReadAllText(Path.Join(SeedText.BundledDisclosure, file));
            var got = File.ReadAllText(Path.Join(run.DisclosureFolder, file));
            Assert.Equal(want.Replace(".txt（", ".html（", StringComparison.Ordinal), got);
        }
    }

    [Fact]
    public void The_site_built_from_an_imported_web_page_shows_every_indicator_target_as_the_page_wrote_it()
    {
        using var folder = new TempFolder();
        var path = folder.Join("page.html");
        File.WriteAllBytes(path, Gbk.GetBytes(HtmlBuilder.Page(SeedBlocks.Blocks, "gb2312")));
        var targets = HtmlReader.Read(File.ReadAllBytes(path), path, null, new())!.Blocks.OfType<Table>().SelectMany(SeedText.TargetsOf).ToList();

        var run = ImportRun.Of(folder, path);
        Assert.Equal(run.Result.Imported.Single().Indicators, targets.Count);
        var build = SiteBuilder.Build(new BuildOptions(run.ContentDir, RepoPaths.Templates, folder.Join("output")));

        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        var pages = string.Concat(Directory.EnumerateFiles(folder.Join("output"), "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.All(targets, target => Assert.Contains(System.Net.WebUtility.HtmlEncode(target).Replace("&#39;", "&#x27;", StringComparison.Ordinal), pages, StringComparison.Ordinal));
    }

    [Fact]
    public void Rowspan_and_colspan_are_expanded_into_the_grid_with_the_merge_counted_on_its_first_cell()
    {
        const string page = "<html><body><table>\n<tr><th>一级指标</th><th>二级指标</th><th colspan=\"2\">指标值</th></tr>\n"
            + "<tr><td rowspan=\"3\">产出指标</td><td rowspan=\"2\">数量指标</td><td>≥</td><td>3000条</td></tr>\n"
            + "<tr><td>=</td><td>&nbsp;</td></tr>\n<tr><td>质量指标</td><td>—</td><td>100%</td></tr>\n</table></body></html>";
        using var folder = new TempFolder();
        var path = folder.Join("page.htm");
        File.WriteAllText(path, page);

        var table = Assert.IsType<Table>(Assert.Single(HtmlReader.Read(File.ReadAllBytes(path), path, null, new())!.Blocks));

        Assert.Equal(["一级指标|二级指标|指标值×2", "产出指标↓3|数量指标↓2|≥|3000条", "^|^|=|", "^|质量指标||100%"],
            table.Rows.Select(r => string.Join('|', r.Cells.Select(c =>
                c.ContinuesAbove ? "^" : c.Text + (c.Span > 1 ? $"×{c.Span}" : "") + (c.RowSpan > 1 ? $"↓{c.RowSpan}" : "")))));
        var line3 = page.Split('\n')[2];
        Assert.Equal((3, line3.IndexOf("<td rowspan=\"2\">", StringComparison.Ordinal) + 1), (table.Rows[1].Cells[1].At.Line, table.Rows[1].Cells[1].At.Column));
    }

    [Fact]
    public void A_page_with_no_table_of_the_form_is_refused_without_reading_its_scripts_or_navigation()
    {
        using var folder = new TempFolder();
        var path = folder.Join("portal.html");
        File.WriteAllText(path, "<html><head><script>项目编码 项目名称</script></head><body><nav>项目名称</nav><p>欢迎访问</p></body></html>");

        var run = ImportRun.Of(folder, path);

        Assert.False(run.Result.Succeeded);
        Assert.Single(run.Codes("SG7003"));
        Assert.DoesNotContain("脚本", run.Report, StringComparison.Ordinal);
    }
}
