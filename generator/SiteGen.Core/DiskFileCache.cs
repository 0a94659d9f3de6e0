using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering.Templates;

using SiteGen.Pipeline;
using SiteGen.Pipeline.Cache;

namespace SiteGen;

/// <summary>
/// The files of the last good build, kept in its published output folder, for a build whose site-wide inputs
/// (<see cref="BuildInputs.SiteKey"/>) are the same: every file that no changed disclosure reaches
/// (<see cref="AffectedFiles"/>) is kept as that build published it. A disclosure is changed when the hash of its
/// folder's files is not the one recorded, or it came or went. Nothing is kept when the output folder is not exactly
/// as that build left it.
/// </summary>
internal sealed class DiskFileCache(CacheRecord? last, BuildInputs inputs, string contentDir, string outputFolder, bool outputIntact) : IFileCache
{
    /// <summary>The site this build published, for the record of the next.</summary>
    public Site? PublishedSite { get; private set; }

    public KeptFiles Unchanged(Site site, TemplateSet templates, bool withPdfs)
    {
        if (last is null || !outputIntact || !last.SiteKey.AsSpan().SequenceEqual(inputs.SiteKey))
        {
            return KeptFiles.None;
        }

        var (manifest, _) = SiteManifest.Read(Path.Join(outputFolder, SiteManifest.FileName));
        if (manifest is null)
        {
            return KeptFiles.None;
        }

        var before = last.Disclosures.ToDictionary(d => d.Folder, StringComparer.Ordinal);
        var changed = new List<Footprint>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in site.Disclosures)
        {
            var folder = FolderOf(d);
            present.Add(folder);
            var now = Footprint.Of(d);
            if (before.TryGetValue(folder, out var was) && was.Key.AsSpan().SequenceEqual(inputs.DisclosureKey(folder)) && Same(was.Footprint, now))
            {
                continue;
            }

            changed.Add(now);
            if (was is not null)
            {
                changed.Add(was.Footprint); // where it was listed before: those pages change too
            }
        }

        changed.AddRange(last.Disclosures.Where(d => !present.Contains(d.Folder)).Select(d => d.Footprint));
        var affected = AffectedFiles.Of(changed, last.Disclosures.Select(d => d.Footprint.Year).ToHashSet(), site);
        var files = manifest
            .Where(e => e.Path is not SiteWriter.MarkerFile and not SiteManifest.FileName)
            .ToDictionary(e => e.Path, e => (Lazy<byte[]>)new PublishedFile(Path.Join(outputFolder, e.Path), e), StringComparer.Ordinal);
        return new KeptFiles(files, affected);
    }

    public void Published(Site site, TemplateSet templates, bool withPdfs, IReadOnlyDictionary<string, Lazy<byte[]>>? files) => PublishedSite = site;

    /// <summary>The disclosures of the published site as the next build's record keeps them.</summary>
    public IReadOnlyList<CachedDisclosure> Disclosures(Site site) =>
        [.. site.Disclosures.Select(d => (Disclosure: d, Folder: FolderOf(d)))
            .Select(x => new CachedDisclosure(x.Folder, inputs.DisclosureKey(x.Folder) ?? new byte[32], Footprint.Of(x.Disclosure)))];

    private string FolderOf(Disclosure d) =>
        BuildInputs.Folder(Path.GetRelativePath(contentDir, d.Location.Path).Replace(Path.DirectorySeparatorChar, '/'));

    private static bool Same(Footprint a, Footprint b) =>
        a.Year == b.Year && a.DepartmentCode == b.DepartmentCode && a.ProjectCodes.SequenceEqual(b.ProjectCodes, StringComparer.Ordinal);
}
