using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Output.Pdf;

/// <summary>
/// Prints rendered pages as PDFs (<c>sitegen build --pdf</c>). The pipeline asks for it through this interface so
/// the core needs no browser: SiteGen.Pdf implements it with Chromium.
/// </summary>
public interface IPdfPrinter
{
    /// <summary>The PDFs of <paramref name="jobs"/>, in their order; empty (and reported) if any could not be printed.</summary>
    /// <param name="siteFolder">A folder holding the rendered site, so pages load with their style sheet.</param>
    /// <param name="progress">Counts each PDF printed (the stage has begun and expects <paramref name="jobs"/>).</param>
    IReadOnlyList<OutputFile> Print(string siteFolder, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, BuildProgress? progress = null);
}
