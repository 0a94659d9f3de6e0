namespace SiteGen.Pipeline;

/// <summary>
/// What a build leaves for the next one, so that it redoes only what changed, one part per stage that uses it: the
/// bound disclosures with their diagnostics (load), the parsed templates (templates), and the files of the last good
/// build (plan, and the stages that make files). <c>sitegen serve</c> keeps one in memory for its session
/// (<see cref="InMemory"/>); <c>sitegen build</c> runs with <see cref="None"/>. One build at a time.
/// </summary>
public sealed record BuildState(IDisclosureCache Disclosures, TemplateCache Templates, IFileCache Files)
{
    /// <summary>Keeps nothing: every disclosure is bound, the templates parsed and every file made.</summary>
    public static readonly BuildState None = new(IDisclosureCache.None, TemplateCache.None, IFileCache.None);

    /// <summary>A state kept in memory between the builds of one process.</summary>
    public static BuildState InMemory() => new(new MemoryDisclosureCache(), new TemplateCache(), new LastGoodFiles());
}
