using SiteGen.Diagnostics;

namespace SiteGen.Preview;

/// <summary>
/// What one preview rebuild did. When it fails (<see cref="Succeeded"/> false: content or template errors),
/// <see cref="Site"/> is still the last good site, which the preview keeps serving.
/// </summary>
/// <param name="Rendered">The files made again, sorted; every file when <paramref name="Full"/>.</param>
/// <param name="Removed">Files the site no longer has (a disclosure deleted or moved to another year or code).</param>
/// <param name="Changed">Whether any file of the served site has different bytes (or is gone) after this build.</param>
/// <param name="Full">Whether everything was made, nothing kept: the first build, or a change to the templates or to the settings in site.yml.</param>
public sealed record PreviewBuild(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Rendered,
    IReadOnlyList<string> Removed,
    bool Full,
    bool Changed,
    TimeSpan Elapsed,
    PreviewSite Site)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The time of each stage of the rebuild, in order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages { get; init; } = [];

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
