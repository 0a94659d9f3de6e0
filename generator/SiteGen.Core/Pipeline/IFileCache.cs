using SiteGen.Model;
using SiteGen.Rendering.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// Files made by earlier builds, for a build to keep those none of whose inputs changed instead of making them again
/// (the plan asks it; the stages that make files keep what it gives). <see cref="None"/> keeps nothing
/// (<c>sitegen build</c>); <see cref="LastGoodFiles"/> keeps the last good build's in memory (<c>sitegen serve</c>).
/// A cache on disk would key each file by a hash of its inputs.
/// </summary>
public interface IFileCache
{
    /// <summary>Keeps nothing: every file is made.</summary>
    public static readonly IFileCache None = new NoFileCache();

    /// <summary>The files this build would make the same as a build before it, as that build made them.</summary>
    /// <param name="withPdfs">Whether disclosure pages link to their PDFs.</param>
    KeptFiles Unchanged(Site site, TemplateSet templates, bool withPdfs);

    /// <summary>After a build was published, with its files if its target holds them (<see cref="Output.ISiteTarget.Files"/>).</summary>
    void Published(Site site, TemplateSet templates, bool withPdfs, IReadOnlyDictionary<string, Lazy<byte[]>>? files);

    private sealed class NoFileCache : IFileCache
    {
        public KeptFiles Unchanged(Site site, TemplateSet templates, bool withPdfs) => KeptFiles.None;

        public void Published(Site site, TemplateSet templates, bool withPdfs, IReadOnlyDictionary<string, Lazy<byte[]>>? files)
        {
        }
    }
}
