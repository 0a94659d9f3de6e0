using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Pipeline;

/// <summary>
/// Bound disclosures kept from one build for the next, which the load stage asks, so that a build binds again only
/// the disclosures whose files changed. <see cref="None"/> keeps nothing (<c>sitegen build</c>);
/// <see cref="MemoryDisclosureCache"/> keeps them in memory by file stamp (<c>sitegen serve</c>). A cache on disk
/// would keep them under a hash of their files' bytes.
/// </summary>
public interface IDisclosureCache
{
    /// <summary>Binds every disclosure anew, keeping nothing.</summary>
    public static readonly IDisclosureCache None = new NoDisclosureCache();

    /// <summary>
    /// The disclosures of these files, in their order (null where one could not be bound), with every problem of each
    /// reported: a reused disclosure's problems as they were found when it was bound.
    /// </summary>
    /// <param name="progress">Counts each disclosure as it is loaded (for the progress line of a long build).</param>
    IReadOnlyList<Disclosure?> Load(IReadOnlyList<DisclosureFiles> disclosures, DiagnosticBag diagnostics, BuildProgress? progress = null);

    private sealed class NoDisclosureCache : IDisclosureCache
    {
        public IReadOnlyList<Disclosure?> Load(IReadOnlyList<DisclosureFiles> disclosures, DiagnosticBag diagnostics, BuildProgress? progress = null) =>
            SiteModelBuilder.BuildDisclosures(disclosures, diagnostics, progress);
    }
}
