using SiteGen.Model;
using SiteGen.Rendering.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// Keeps the last good build in memory, its inputs and its files: a build with the same settings, templates and PDF
/// links keeps every file that no changed disclosure reaches (<see cref="AffectedFiles"/>). The templates are the
/// same when they are the same object, as <see cref="TemplateCache"/> gives them back while no template file changed.
/// </summary>
public sealed class LastGoodFiles : IFileCache
{
    private Build? _last;

    public KeptFiles Unchanged(Site site, TemplateSet templates, bool withPdfs) =>
        _last is { } last && ReferenceEquals(last.Templates, templates) && last.WithPdfs == withPdfs && last.Site.Settings == site.Settings
            ? new KeptFiles(last.Files, AffectedFiles.Of(last.Site, site))
            : KeptFiles.None;

    public void Published(Site site, TemplateSet templates, bool withPdfs, IReadOnlyDictionary<string, Lazy<byte[]>>? files) =>
        _last = files is null ? null : new Build(site, templates, withPdfs, files);

    private sealed record Build(Site Site, TemplateSet Templates, bool WithPdfs, IReadOnlyDictionary<string, Lazy<byte[]>> Files);
}
