using SiteGen.Output.Pdf;

namespace SiteGen;

/// <summary>Where a build reads and writes; paths are kept as the user gave them so diagnostics print them that way.</summary>
/// <param name="Pdf">When set, the build also prints every disclosure as a PDF beside its page, with this printer.</param>
public sealed record BuildOptions(string ContentDir = "content", string TemplatesDir = "templates", string OutputDir = "output", IPdfPrinter? Pdf = null);
