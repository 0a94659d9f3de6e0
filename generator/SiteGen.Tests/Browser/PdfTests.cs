using SiteGen.Pdf;
using SiteGen.Output.Pdf;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Browser;

/// <summary>
/// <c>sitegen build --pdf</c> on the seed, read back with poppler as a citizen's PDF reader would: the whole
/// disclosure in Chinese, A4, header rows repeated on each page a table runs over, page numbers, a title.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PdfTests(BrowserFixture browser)
{
    [Fact]
    public void Build_with_pdf_writes_the_seed_pdf_beside_its_page_and_links_it()
    {
        Assert.Contains("5 pages and 1 PDF written", browser.SeedBuild.StdOut, StringComparison.Ordinal);
        Assert.True(File.Exists(browser.SeedPdf), $"no PDF at {browser.SeedPdf}");
        Assert.StartsWith("%PDF-", File.ReadAllText(browser.SeedPdf)[..8], StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Join(browser.SeedOutput, "2020", "224002", "index.html"));
        Assert.Contains("<a href=\"224002-2020.pdf\" download>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_holds_the_department_its_targets_and_page_numbers_in_Chinese()
    {
        var text = Poppler.Text(browser.SeedPdf);

        Assert.Contains("中共临西县委网络安全和信息化委员会办公室", text, StringComparison.Ordinal);
        Assert.Contains("≥230篇", text, StringComparison.Ordinal);
        Assert.Contains("网络舆情监控软件费", text, StringComparison.Ordinal);
        // pdftotext may drop the spaces around Chromium's page numbers; a reader does not care.
        Assert.Contains("第1页共", TableGrid.Normalise(Poppler.Text(browser.SeedPdf, 1)), StringComparison.Ordinal);
        Assert.DoesNotContain("跳到正文", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_of_an_evaluated_disclosure_shows_each_projects_self_evaluation_form_with_scores_total_and_grade()
    {
        var pages = int.Parse(Poppler.Info(browser.EvaluatedPdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        var texts = Enumerable.Range(1, pages).Select(n => TableGrid.Normalise(Poppler.Text(browser.EvaluatedPdf, n))).ToList();
        var whole = string.Concat(texts);

        // Each project's 自评表 starts on a page of its own, after that project's targets.
        foreach (var project in new[] { "临西新闻网平台维护费", "网络舆情监控软件费", "综合事务管理经费" })
        {
            var form = texts.FindIndex(t => t.Contains(project + "项目支出绩效自评表", StringComparison.Ordinal));
            var targets = texts.FindIndex(t => t.Contains(project + "绩效目标表", StringComparison.Ordinal));
            Assert.True(form > targets && targets >= 0, $"{project}: 自评表 on page {form + 1}, targets on page {targets + 1}");
        }

        foreach (var label in new[] { "年初预算数", "全年预算数", "全年执行数", "执行率", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "评价等级" })
        {
            Assert.Contains(label, whole, StringComparison.Ordinal);
        }

        Assert.Equal(3, texts.Sum(t => System.Text.RegularExpressions.Regex.Count(t, "总分100")));
        foreach (var total in new[] { "总分10088.78", "总分10099.00", "总分10096.50" })
        {
            Assert.Contains(total, whole, StringComparison.Ordinal);
        }

        Assert.Contains("✗未完成", whole, StringComparison.Ordinal); // in words, so a grey printout still tells
        Assert.Contains("与年初目标", whole, StringComparison.Ordinal); // 与年初目标不一致, wrapped in its narrow cell
        Assert.DoesNotContain("绩效指标完成情况", whole, StringComparison.Ordinal); // the screen block gives way to the form on paper
        Assert.Contains("部门整体支出绩效自评表", whole, StringComparison.Ordinal); // the department's own 自评, in Part 1
        Assert.Contains("93.64", whole, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_is_A4_has_several_pages_and_its_title_is_the_disclosures()
    {
        var info = Poppler.Info(browser.SeedPdf);

        Assert.Equal("中共临西县委网络安全和信息化委员会办公室2020年预算绩效目标", info["Title"]);
        Assert.Contains("(A4)", info["Page size"], StringComparison.Ordinal);
        var pages = int.Parse(info["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pages > 1, $"the PDF has {pages} page");
        Assert.Contains($"第{pages}页共{pages}页", TableGrid.Normalise(Poppler.Text(browser.SeedPdf, pages)), StringComparison.Ordinal);
    }

    [Fact]
    public void Links_in_the_pdf_go_to_the_published_site_and_it_carries_no_time_of_printing()
    {
        var bytes = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(browser.SeedPdf));

        Assert.DoesNotContain("file:", bytes, StringComparison.Ordinal);
        Assert.Contains("/URI (https://www.example.gov.cn/xxgk/jxmb/", bytes, StringComparison.Ordinal);
        var info = Poppler.Info(browser.SeedPdf);
        Assert.False(info.ContainsKey("CreationDate") || info.ContainsKey("ModDate"), string.Join("\n", info));
    }

    [Fact]
    public async Task The_printer_prints_from_a_folder_of_rendered_pages_and_gives_the_same_bytes_again()
    {
        var site = new Uri("https://www.example.gov.cn/xxgk/jxmb/2020/224002/index.html");
        var job = new PdfJob("2020/224002/index.html", "again.pdf", "中共临西县委网络安全和信息化委员会办公室2020年预算绩效目标", site);
        var diagnostics = new SiteGen.Diagnostics.DiagnosticBag();
        var chromium = ChromiumLocator.Locate(null, Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable)).Path!;

        var pdfs = await new ChromiumPdfPrinter(new PdfOptions(chromium, Parallelism: 2)).PrintAsync(browser.SeedOutput, [job], diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var pdf = Assert.Single(pdfs);
        Assert.Equal("again.pdf", pdf.Path);
        Assert.Equal(File.ReadAllBytes(browser.SeedPdf), pdf.Content);
    }

    [Fact]
    public void Only_the_dates_of_the_information_dictionary_are_blanked_and_no_byte_moves()
    {
        var pdf = System.Text.Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj\n<</Title (x)\n/CreationDate (D:20261127085541+00'00')\n/ModDate (D:20261127085541+00'00')>>\nendobj\n(D:2026)");

        var cleaned = System.Text.Encoding.Latin1.GetString(PdfDates.Remove(pdf));

        Assert.Equal(pdf.Length, cleaned.Length);
        const string Created = "/CreationDate (D:20261127085541+00'00')", Modified = "/ModDate (D:20261127085541+00'00')";
        Assert.Equal($"%PDF-1.4\n1 0 obj\n<</Title (x)\n{new string(' ', Created.Length)}\n{new string(' ', Modified.Length)}>>\nendobj\n(D:2026)", cleaned);
    }

    [Fact]
    public void Structure_ids_become_their_rank_so_the_same_page_printed_after_other_nodes_gives_the_same_bytes()
    {
        static byte[] Pdf(int th, int td, int caption) => System.Text.Encoding.Latin1.GetBytes(
            $"%PDF-1.4\n<</S /TH /ID (node{th:D8})>>\n<</S /TD /ID (node{td:D8}) /A <</Headers [(node{th:D8})]>>>>\n<</S /Caption /ID (node{caption:D8})>>\n");

        var early = PdfNodeIds.Renumber(Pdf(185, 187, 190));
        var late = PdfNodeIds.Renumber(Pdf(1285, 1301, 1302)); // a later tab, and other nodes made between them

        Assert.Equal(System.Text.Encoding.Latin1.GetString(Pdf(1, 2, 3)), System.Text.Encoding.Latin1.GetString(early));
        Assert.Equal(early, late);
    }

    [Fact]
    public void An_indicator_table_that_runs_over_a_page_repeats_its_header_row_at_the_top_of_the_next()
    {
        var pages = int.Parse(Poppler.Info(browser.SeedPdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        var texts = Enumerable.Range(1, pages).Select(n => Poppler.Text(browser.SeedPdf, n)).ToList();

        // A page with the header row but no table start (项目编码) continues a table from the page before.
        var continued = texts.Select((text, i) => (Text: text, Page: i + 1))
            .Where(p => p.Text.Contains("一级指标", StringComparison.Ordinal) && !p.Text.Contains("项目编码", StringComparison.Ordinal))
            .ToList();
        Assert.True(continued.Count > 0, "no indicator table of the seed runs over a page, so the repeated header is not shown");
        foreach (var (text, page) in continued)
        {
            var first = text.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
            Assert.True(first.StartsWith("一级指标", StringComparison.Ordinal), $"page {page} continues a table but starts with “{first}”, not its header row");
        }

        Assert.True(texts.Count(t => t.Contains("一级指标", StringComparison.Ordinal)) > 1);
    }

    [Fact]
    public void Without_Chromium_build_with_pdf_exits_2_with_a_clear_message_and_leaves_the_output_untouched()
    {
        using var folder = new TempFolder();
        var output = folder.Join("output");
        var built = CliRunner.Run(folder.Path, "build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--output", output);
        Assert.Equal(0, built.ExitCode);
        var before = Snapshot(output);

        var result = CliRunner.Run(folder.Path, new Dictionary<string, string> { [ChromiumLocator.EnvironmentVariable] = "/nonexistent" },
            "build", "--pdf", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Chromium", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("SITEGEN_CHROMIUM", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("/nonexistent", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));
        Assert.False(Directory.Exists(SiteGen.Output.SiteWriter.StagingPath(Path.GetFullPath(output))));
    }

    [Fact]
    public void A_browser_that_cannot_start_is_a_diagnostic_and_nothing_is_published()
    {
        using var folder = new TempFolder();
        var fake = folder.Join("not-a-browser");
        File.WriteAllText(fake, "#!/bin/sh\nexit 1\n");
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, folder.Join("output"), new ChromiumPdfPrinter(new PdfOptions(fake))));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SG6005", error.Code);
        Assert.False(Directory.Exists(folder.Join("output")));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public void The_pdf_is_tagged_in_Chinese_with_bookmarks_for_both_parts_and_each_project()
    {
        var info = Poppler.Info(browser.SeedPdf);
        Assert.Equal("yes", info["Tagged"]);
        Assert.Contains("/Lang (zh-CN)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(browser.SeedPdf)), StringComparison.Ordinal);

        // Each bookmark reads as its heading does, once: a heading at the top of a page once came out twice
        // (“2、网络舆情监控软件费绩效目标表2、网络舆情监控软件费绩效目标表”), the print style sheet's line height.
        // pdftohtml lists a parent bookmark after its children, so the order is not compared.
        var outline = Poppler.Outline(browser.SeedPdf).Select(TableGrid.Normalise).Order(StringComparer.Ordinal);
        string[] headings =
        [
            "中共临西县委网络安全和信息化委员会办公室2020年预算绩效目标",
            "第一部分部门整体绩效目标", "一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施",
            "第二部分预算项目绩效目标", "1、临西新闻网平台维护费绩效目标表", "2、网络舆情监控软件费绩效目标表", "3、综合事务管理经费绩效目标表",
        ];
        Assert.Equal(headings.Order(StringComparer.Ordinal), outline);
    }

    [Fact]
    public void The_pdf_embeds_its_Chinese_text_in_CID_fonts_not_Type_3()
    {
        var fonts = Poppler.FontTypes(browser.SeedPdf);

        Assert.NotEmpty(fonts);
        Assert.DoesNotContain("Type 3", fonts);
        Assert.Contains("CID TrueType", fonts);
    }

    [Fact]
    public void The_pdf_prints_headings_in_a_real_bold_weight()
    {
        // Bold comes from SiteGen Hei Bold (.ci/print-font), never synthesised: Skia would draw that as Type 3.
        var names = Poppler.FontNames(browser.SeedPdf);

        Assert.Contains("SiteGenHei-Bold", names);
        Assert.Contains("SiteGenHei-Regular", names);
    }
}
