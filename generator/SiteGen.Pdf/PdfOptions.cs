namespace SiteGen.Pdf;

/// <summary>How PDFs are printed: with which Chromium, and how many pages at once in its one browser.</summary>
/// <param name="ChromiumPath">The browser's executable, as <see cref="ChromiumLocator"/> found it.</param>
/// <param name="Parallelism">Pages printed at the same time; 0 means two per processor.</param>
public sealed record PdfOptions(string ChromiumPath, int Parallelism = 0)
{
    /// <summary>
    /// Two per processor by default: a tab spends much of each PDF waiting for Chromium's other processes (the browser,
    /// the print compositor, the GPU process), so one per processor leaves the processors idle part of the time.
    /// </summary>
    public int PagesAtOnce => Parallelism > 0 ? Parallelism : 2 * Environment.ProcessorCount;
}
