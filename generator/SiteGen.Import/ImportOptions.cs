using SiteGen.Import.Writing;

namespace SiteGen.Import;

/// <summary>What <c>sitegen import</c> was asked to do.</summary>
/// <param name="Encoding">Forces the text encoding (see <see cref="Sources.TextDecoder.EncodingNames"/>) instead of detecting it.</param>
/// <param name="Year">The budget year, when the documents do not state it (or state it wrongly).</param>
/// <param name="Site">Settings for a new site.yml, used only when the content folder has none.</param>
/// <param name="DepartmentCode">The unit code, for a document that does not state one (many single-project forms); never made up.</param>
/// <param name="DepartmentName">The unit's name, for a document that does not state one.</param>
/// <param name="DryRun">Recognise and plan, report what would be written (<see cref="ImportResult.Preview"/>), write nothing.</param>
public sealed record ImportOptions(
    IReadOnlyList<string> Files,
    string ContentDir = "content",
    bool Force = false,
    string? Encoding = null,
    int? Year = null,
    SiteSettingsInput? Site = null,
    bool DryRun = false,
    string? DepartmentCode = null,
    string? DepartmentName = null);

/// <summary>One disclosure written to the content folder.</summary>
public sealed record ImportedDisclosure(string SourcePath, string Format, string Folder, int Projects, int Indicators);

/// <summary>What an import did: its diagnostics (sorted) and what it wrote.</summary>
/// <param name="Preview">With --dry-run: every file that would be written (its path and text), in order.</param>
/// <param name="Recognised">Per source read, what the recogniser found, for --report (also on a dry run or refusal).</param>
/// <param name="Evaluations">The evaluation files written from 自评表 (evaluation/{项目编码}.yml); empty when none.</param>
public sealed record ImportResult(
    bool Succeeded,
    IReadOnlyList<Diagnostics.Diagnostic> Diagnostics,
    IReadOnlyList<ImportedDisclosure> Imported,
    bool SiteFileWritten,
    IReadOnlyList<(string Path, string Text)>? Preview = null,
    IReadOnlyList<RecognisedSource>? Recognised = null,
    IReadOnlyList<Evaluation.ImportedEvaluation>? Evaluations = null);

/// <summary>What one source was recognised as: its format and the projects with their indicator counts (none when refused).</summary>
/// <param name="DepartmentRows">For a 部门整体支出绩效自评表, which evaluates no project: its indicator rows read.</param>
public sealed record RecognisedSource(string SourcePath, string Format, IReadOnlyList<(string Name, int Indicators)> Projects, bool Refused, int? DepartmentRows = null);
