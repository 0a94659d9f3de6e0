namespace SiteGen.Output.Pdf;

/// <summary>One PDF to print: the rendered page (a path inside the site folder), where the PDF goes in the site, and its document title.</summary>
public sealed record PdfJob(string PagePath, string PdfPath, string Title);
