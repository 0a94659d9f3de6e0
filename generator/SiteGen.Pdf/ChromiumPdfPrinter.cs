using Microsoft.Playwright;
using SiteGen.Diagnostics;
using SiteGen.Output.Pdf;
using SiteGen.Rendering;

namespace SiteGen.Pdf;

/// <summary>
/// Prints rendered pages as A4 PDFs with headless Chromium, driven by Playwright: one browser for the whole
/// run, a few pages printing at once. Pages are loaded by file:// URL from a folder that holds the rendered
/// site (so its style sheet and relative links resolve); the caller decides where the PDFs go.
/// Problems become diagnostics (SG6005), never exceptions.
/// </summary>
public sealed class ChromiumPdfPrinter(PdfOptions options) : IPdfPrinter
{
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
            using var slots = new SemaphoreSlim(options.PagesAtOnce);
            var printed = await Task.WhenAll(jobs.Select(async job =>
            {
                await slots.WaitAsync();
                try
                {
                    return await PrintOne(context, siteFolder, job, diagnostics);
                }
                finally
                {
                    progress?.Step();
                    slots.Release();
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

    private static async Task<OutputFile?> PrintOne(IBrowserContext context, string siteFolder, PdfJob job, DiagnosticBag diagnostics)
    {
        var page = await context.NewPageAsync();
        try
        {
            page.SetDefaultTimeout((float)PageTimeout.TotalMilliseconds);
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
            return new OutputFile(job.PdfPath, PdfDates.Remove(pdf));
        }
        catch (Exception ex)
        {
            diagnostics.Report(DiagnosticCodes.PdfFailed, SourceLocation.File(job.PagePath), $"无法把页面打印为 PDF {job.PdfPath}：{FirstLine(ex.Message)}");
            return null;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
