namespace SiteGen.Output.Pdf;

/// <summary>One PDF to print: the rendered page (a path inside the site folder), where the PDF goes in the site, and its document title.</summary>
/// <param name="PublicUrl">The page's published address: links in the PDF point there, not to the folder it was printed from.</param>
public sealed record PdfJob(string PagePath, string PdfPath, string Title, Uri PublicUrl);
