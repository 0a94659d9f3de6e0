using SiteGen.Diagnostics;

namespace SiteGen;

/// <summary>What a build or check did: its diagnostics (sorted), how many pages it wrote, and how long each stage took.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, IReadOnlyList<(string Stage, TimeSpan Time)> Stages)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Refused because another build was publishing to the same output folder (SG6006).</summary>
    public bool OutputBusy => Diagnostics.Any(d => d.Code == DiagnosticCodes.OutputBusy.Id);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Each stage's wall and CPU time and managed allocations, in order (<c>--timings</c>).</summary>
    public IReadOnlyList<SiteGen.Pipeline.StageCost> Costs { get; init; } = [];

    /// <summary>Nothing changed since the last good build (its build cache says so): nothing was made, the output folder is as it was.</summary>
    public bool UpToDate { get; init; }

    /// <summary>How many PDFs the build wrote (<c>--pdf</c>); 0 otherwise.</summary>
    public int PdfsWritten { get; init; }

    /// <summary>How many of <see cref="PdfsWritten"/> came from the build cache as they were, not printed again.</summary>
    public int PdfsReused { get; init; }

    /// <summary>How many of <see cref="PdfsWritten"/> the browser printed.</summary>
    public int PdfsPrinted => PdfsWritten - PdfsReused;
}
