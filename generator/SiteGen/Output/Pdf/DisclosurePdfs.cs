using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;

namespace SiteGen.Output.Pdf;

/// <summary>The PDF of every disclosure, printed from its rendered page and published beside it.</summary>
public static class DisclosurePdfs
{
    /// <summary>One job per disclosure: its page, its PDF (<see cref="DataUrls.DisclosurePdf"/>) and the disclosure's title.</summary>
    public static IReadOnlyList<PdfJob> Jobs(Site site) =>
        [.. site.Disclosures.Select(d => new PdfJob(SiteUrls.Disclosure(d), DataUrls.DisclosurePdf(d), DisclosureView.TitleOf(d), new Uri(SiteUrls.Absolute(site.Settings, SiteUrls.Disclosure(d)))))];

    /// <summary>
    /// Prints from a site still in memory: its files go to a scratch folder for the browser to load, which is
    /// removed afterwards. Returns the files with the PDFs added (sorted by path), or the files alone when printing failed (reported).
    /// A pipeline that already has the rendered site in a folder calls <see cref="PdfPrinter.Print"/> on it directly.
    /// </summary>
    public static IReadOnlyList<OutputFile> AddTo(IReadOnlyList<OutputFile> files, IReadOnlyList<PdfJob> jobs, PdfOptions options, DiagnosticBag diagnostics)
    {
        var scratch = Path.Join(Path.GetTempPath(), "sitegen-print-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in files)
            {
                var path = Path.Join(scratch, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            var pdfs = PdfPrinter.Print(scratch, jobs, options, diagnostics);
            return [.. files.Concat(pdfs).OrderBy(f => f.Path, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.PdfFailed, SourceLocation.File(scratch), $"无法为打印 PDF 写入临时目录：{ex.Message}");
            return files;
        }
        finally
        {
            try
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A leftover scratch folder in the temp folder is harmless.
            }
        }
    }
}
