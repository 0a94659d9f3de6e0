using System.Collections.Concurrent;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Pipeline;

/// <summary>
/// Keeps every bound disclosure in memory with its diagnostics, and binds a disclosure again only when one of its
/// files changed (by <see cref="FileStamp"/>: size and write time) or a file was added to it or taken from it.
/// Disclosures no longer in the content are forgotten. One load at a time.
/// </summary>
public sealed class MemoryDisclosureCache : IDisclosureCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyList<Disclosure?> Load(IReadOnlyList<DisclosureFiles> disclosures, DiagnosticBag diagnostics, BuildProgress? progress = null)
    {
        progress?.Expect(disclosures.Count);
        var present = disclosures.Select(d => d.Disclosure).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _entries.Keys.Where(k => !present.Contains(k)))
        {
            _entries.TryRemove(gone, out _);
        }

        var loaded = new Disclosure?[disclosures.Count];
        Parallel.For(0, disclosures.Count, i =>
        {
            var files = disclosures[i];
            var stamps = FileStamp.Of(files.All);
            if (!_entries.TryGetValue(files.Disclosure, out var entry) || !FileStamp.Same(entry.Stamps, stamps))
            {
                var own = new DiagnosticBag();
                entry = new Entry(stamps, SiteModelBuilder.BuildDisclosure(files, own), own.Sorted());
                _entries[files.Disclosure] = entry;
            }

            foreach (var diagnostic in entry.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            loaded[i] = entry.Disclosure;
            progress?.Step();
        });
        return loaded;
    }

    private sealed record Entry(FileStamp[] Stamps, Disclosure? Disclosure, IReadOnlyList<Diagnostic> Diagnostics);
}
