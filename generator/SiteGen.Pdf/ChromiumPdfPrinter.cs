using Microsoft.Playwright;
using SiteGen.Diagnostics;
using SiteGen.Output.Pdf;
using SiteGen.Rendering;

namespace SiteGen.Pdf;

/// <summary>
/// Prints rendered pages as A4 PDFs with headless Chromium, driven by Playwright: one browser for the whole
/// run, a few tabs printing at once, each reused from one PDF to the next. Pages are loaded by file:// URL from a folder that holds the rendered
/// site (so its style sheet and relative links resolve); the caller decides where the PDFs go.
/// Problems become diagnostics (SG6005), never exceptions.
/// </summary>
public sealed class ChromiumPdfPrinter(PdfOptions options) : IPdfPrinter
{
    /// <summary>
    /// The browser as a cache key: its path, and the size and time of writing of the file there and of the file a
    /// link there points to (an upgrade rewrites them; Debian's /usr/bin/chromium is a script its package rewrites too),
    /// the version of Playwright that drives it, and <see cref="Procedure"/>.
    /// </summary>
    public string Identity { get; } = $"{IdentityOf(options.ChromiumPath)}; procedure {Procedure}";

    /// <summary>Changes whenever how a page is printed does (and with it the PDF's bytes): every cached PDF is printed again.</summary>
    private const int Procedure = 2;

    private static string IdentityOf(string path)
    {
        var files = new List<FileSystemInfo> { new FileInfo(path) };
        if (File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target)
        {
            files.Add(target);
        }

        return string.Join("; ", files.Select(f => f is FileInfo { Exists: true } file
            ? $"{file.FullName} {file.Length} {file.LastWriteTimeUtc.Ticks}"
            : $"{f.FullName} missing"))
            + $"; Playwright {typeof(Playwright).Assembly.GetName().Version}";
    }

    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The PDFs of <paramref name="jobs"/>, in their order; empty (and reported) if any could not be printed.</summary>
    public IReadOnlyList<OutputFile> Print(string siteFolder, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, BuildProgress? progress = null) =>
        PrintAsync(siteFolder, jobs, diagnostics, progress).GetAwaiter().GetResult();

    public async Task<IReadOnlyList<OutputFile>> PrintAsync(string siteFolder, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, BuildProgress? progress = null)
    {
        if (jobs.Count == 0)
        {
            return [];
        }

        IPlaywright? playwright = null;
        IBrowser? browser = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = options.ChromiumPath, Headless = true });
        }
        catch (Exception ex)
        {
            diagnostics.Report(DiagnosticCodes.PdfFailed, SourceLocation.File(options.ChromiumPath), $"无法启动 Chromium 打印 PDF：{FirstLine(ex.Message)}");
            playwright?.Dispose();
            return [];
        }

        try
        {
            var context = await browser.NewContextAsync();
            var printed = new OutputFile?[jobs.Count];
            var next = -1;
            // Each of a few tabs takes the next job until none is left, and keeps its page for the next one: a new tab
            // (and its renderer process) per PDF cost more than the navigation does.
            await Task.WhenAll(Enumerable.Range(0, Math.Min(options.PagesAtOnce, jobs.Count)).Select(async _ =>
            {
                IPage? page = null;
                try
                {
                    for (var i = Interlocked.Increment(ref next); i < jobs.Count; i = Interlocked.Increment(ref next))
                    {
                        page ??= await NewPage(context);
                        printed[i] = await PrintOne(page, siteFolder, jobs[i], diagnostics);
                        progress?.Step();
                        if (printed[i] is null)
                        {
                            await page.CloseAsync(); // a page that failed may be stuck: the next job gets a new one
                            page = null;
                        }
                    }
                }
                finally
                {
                    if (page is not null)
                    {
                        await page.CloseAsync();
                    }
                }
            }));
            return printed.Contains(null) ? [] : [.. printed.OfType<OutputFile>()];
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static async Task<IPage> NewPage(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)PageTimeout.TotalMilliseconds);
        // Pages load with the print style sheet already in force, so they are styled and laid out for the screen only
        // to be done again for print: about a fifth of the renderer's time per PDF (.ci/bench), same PDF text.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        return page;
    }

    private static async Task<OutputFile?> PrintOne(IPage page, string siteFolder, PdfJob job, DiagnosticBag diagnostics)
    {
        try
        {
            var url = new Uri(Path.GetFullPath(Path.Join(siteFolder, job.PagePath))).AbsoluteUri;
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            // Chromium takes the PDF's document title from the page's <title>, where the site adds its own name.
            // Links leave the PDF for the published site, not for the folder it was printed from; #anchors stay in it.
            await page.EvaluateAsync(
                """
                async ([title, base]) => {
                  document.title = title;
                  for (const a of document.querySelectorAll('a[href]:not([href^="#"])')) a.href = new URL(a.getAttribute('href'), base).href;
                  await document.fonts.ready;
                }
                """,
                new[] { job.Title, job.PublicUrl.AbsoluteUri });
            var pdf = await page.PdfAsync(new()
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = PdfFooter.Header,
                FooterTemplate = PdfFooter.For(job.Title),
                Margin = new() { Top = "15mm", Bottom = "18mm", Left = "12mm", Right = "12mm" },
                // Tagged: screen readers and archival checkers read the structure (and the page's lang); Outline:
                // bookmarks from the headings (第一部分, 第二部分, each project).
                Tagged = true,
                Outline = true,
            });
            return new OutputFile(job.PdfPath, PdfNodeIds.Renumber(PdfDates.Remove(pdf)));
        }
        catch (Exception ex)
        {
            diagnostics.Report(DiagnosticCodes.PdfFailed, SourceLocation.File(job.PagePath), $"无法把页面打印为 PDF {job.PdfPath}：{FirstLine(ex.Message)}");
            return null;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
