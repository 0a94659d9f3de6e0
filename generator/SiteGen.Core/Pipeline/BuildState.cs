using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// What a build leaves for the next one, so that it redoes only what changed: the bound disclosures with their
/// diagnostics (the load stage), the parsed templates (the templates stage), and the last good build's inputs and
/// files (the plan and the stages that make files). <c>sitegen serve</c> keeps one for its session in memory;
/// <c>sitegen build</c> runs with <see cref="None"/>. One build at a time.
/// </summary>
public sealed class BuildState
{
    /// <summary>Keeps nothing: every disclosure is bound, the templates parsed and every file made.</summary>
    public static readonly BuildState None = new(IDisclosureCache.None, templates: null, keepsFiles: false);

    private readonly TemplateCache? _templates;
    private readonly bool _keepsFiles;
    private LastBuild? _last;

    /// <summary>A state kept in memory between the builds of one process.</summary>
    public BuildState()
        : this(new MemoryDisclosureCache(), new TemplateCache(), keepsFiles: true)
    {
    }

    private BuildState(IDisclosureCache disclosures, TemplateCache? templates, bool keepsFiles)
    {
        Disclosures = disclosures;
        _templates = templates;
        _keepsFiles = keepsFiles;
    }

    public IDisclosureCache Disclosures { get; }

    public TemplateSet? LoadTemplates(string templatesDir, DiagnosticBag diagnostics) =>
        _templates is null ? TemplateSet.Load(templatesDir, diagnostics) : _templates.Load(templatesDir, diagnostics);

    /// <summary>
    /// The files of the last good build that this one would make the same: with the same settings, templates and
    /// PDF links, every file no changed disclosure reaches (<see cref="AffectedFiles"/>); otherwise none.
    /// </summary>
    public KeptFiles Unchanged(Site site, TemplateSet templates, bool withPdfs) =>
        _last is { } last && ReferenceEquals(last.Templates, templates) && last.WithPdfs == withPdfs && last.Site.Settings == site.Settings
            ? new KeptFiles(last.Files, AffectedFiles.Of(last.Site, site))
            : KeptFiles.None;

    /// <summary>After a build was published: what the next can keep of it, when its target holds its files.</summary>
    public void Published(Site site, TemplateSet templates, bool withPdfs, IReadOnlyDictionary<string, Lazy<byte[]>>? files)
    {
        if (_keepsFiles)
        {
            _last = files is null ? null : new LastBuild(site, templates, withPdfs, files);
        }
    }

    /// <summary>A published build: its inputs, to tell what changed since, and its files, to keep those that did not.</summary>
    private sealed record LastBuild(Site Site, TemplateSet Templates, bool WithPdfs, IReadOnlyDictionary<string, Lazy<byte[]>> Files);
}
