using System.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Preview;

/// <summary>
/// Builds the site into memory again and again, as its content and templates change (<c>sitegen serve</c>): the same
/// <see cref="SiteBuilder.Build(BuildOptions, BuildState, Output.ISiteTarget)"/> as <c>sitegen build</c>, with a
/// <see cref="BuildState"/> kept between rebuilds and a <see cref="MemoryTarget"/> instead of the output folder. So a
/// rebuild binds again only the disclosures whose files changed, makes only the files those changes reach, and gives
/// the same bytes as <c>sitegen build</c>, without the manifest and the .sitegen marker, which belong to a published folder.
/// Not thread-safe: one rebuild at a time; <see cref="Current"/> may be read from any thread.
/// </summary>
public sealed class IncrementalBuilder(string contentDir, string? templatesDir)
{
    // The preview shows drafts (draft: true), which a build leaves out: staff see the next year before publishing it.
    private readonly BuildOptions _options = new(contentDir, templatesDir, IncludeDrafts: true);
    private readonly BuildState _state = BuildState.InMemory();
    private PreviewSite _current = PreviewSite.Empty;

    /// <summary>The last good site (empty until a build succeeds).</summary>
    public PreviewSite Current => Volatile.Read(ref _current);

    /// <summary>Brings the site up to date with the files as they are now.</summary>
    public PreviewBuild Rebuild()
    {
        var watch = Stopwatch.StartNew();
        var target = new MemoryTarget(Current);
        var result = SiteBuilder.Build(_options, _state, target);
        if (!result.Succeeded || target.Site is not { } site)
        {
            return new(false, result.Diagnostics, [], [], false, false, watch.Elapsed, Current) { Stages = result.Stages };
        }

        Volatile.Write(ref _current, site);
        return new(true, result.Diagnostics, target.Made, target.Removed, target.Full, target.Changed, watch.Elapsed, site) { Stages = result.Stages };
    }
}
