using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Output.Pdf;

/// <summary>
/// Prints rendered pages as PDFs (<c>sitegen build --pdf</c>). The pipeline asks for it through this interface so
/// the core needs no browser: SiteGen.Pdf implements it with Chromium.
/// </summary>
public interface IPdfPrinter
{
    /// <summary>
    /// What, besides the page, decides the bytes this printer makes (the browser and its version): part of each PDF's
    /// key in the build cache (<see cref="CachedPdfPrinter"/>), so another browser prints every PDF again.
    /// </summary>
    string Identity { get; }

    /// <summary>The PDFs of <paramref name="jobs"/>, in their order; empty (and reported) if any could not be printed.</summary>
    /// <param name="siteFolder">A folder holding the rendered site, so pages load with their style sheet.</param>
    /// <param name="progress">Counts each PDF printed (the stage has begun and expects <paramref name="jobs"/>).</param>
    IReadOnlyList<OutputFile> Print(string siteFolder, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, BuildProgress? progress = null);
}
