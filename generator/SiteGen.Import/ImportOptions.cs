using SiteGen.Import.Writing;

namespace SiteGen.Import;

/// <summary>What <c>sitegen import</c> was asked to do.</summary>
/// <param name="Encoding">Forces the text encoding (see <see cref="Sources.TextDecoder.EncodingNames"/>) instead of detecting it.</param>
/// <param name="Year">The budget year, when the documents do not state it (or state it wrongly).</param>
/// <param name="Site">Settings for a new site.yml, used only when the content folder has none.</param>
public sealed record ImportOptions(
    IReadOnlyList<string> Files,
    string ContentDir = "content",
    bool Force = false,
    string? Encoding = null,
    int? Year = null,
    SiteSettingsInput? Site = null);

/// <summary>One disclosure written to the content folder.</summary>
public sealed record ImportedDisclosure(string SourcePath, string Format, string Folder, int Projects, int Indicators);

/// <summary>What an import did: its diagnostics (sorted) and what it wrote.</summary>
public sealed record ImportResult(bool Succeeded, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics, IReadOnlyList<ImportedDisclosure> Imported, bool SiteFileWritten);
