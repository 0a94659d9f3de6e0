namespace SiteGen.Pdf;

/// <summary>How PDFs are printed: with which Chromium, and how many pages at once in its one browser.</summary>
/// <param name="ChromiumPath">The browser's executable, as <see cref="ChromiumLocator"/> found it.</param>
/// <param name="Parallelism">Pages printed at the same time; 0 means one per processor.</param>
public sealed record PdfOptions(string ChromiumPath, int Parallelism = 0)
{
    public int PagesAtOnce => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;
}
