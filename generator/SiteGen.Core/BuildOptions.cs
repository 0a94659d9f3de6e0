using SiteGen.Diagnostics;
using SiteGen.Output.Pdf;

namespace SiteGen;

/// <summary>Where a build reads and writes; paths are kept as the user gave them so diagnostics print them that way.</summary>
/// <param name="TemplatesDir">The site's own templates, over the built-in ones file by file; null for the built-in ones alone.</param>
/// <param name="Pdf">When set, the build also prints every disclosure as a PDF beside its page, with this printer.</param>
/// <param name="IncludeDrafts">Publish the drafts (<c>draft: true</c>) too: the preview does, a build does not.</param>
/// <param name="Progress">Where the build counts how far it is (stage, items done of items), for whoever shows it; null: nobody.</param>
/// <param name="CacheDir">The build cache: what earlier builds made, by a hash of its inputs, for this build to reuse; null: none (a cold build).</param>
public sealed record BuildOptions(string ContentDir = "content", string? TemplatesDir = "templates", string OutputDir = "output", IPdfPrinter? Pdf = null, bool IncludeDrafts = false, BuildProgress? Progress = null, string? CacheDir = null);
