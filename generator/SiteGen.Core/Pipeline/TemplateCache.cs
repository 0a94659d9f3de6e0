using SiteGen.Diagnostics;
using SiteGen.Rendering.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// Keeps the parsed templates, and their diagnostics, from one build for the next: the templates folder is parsed
/// again only when a file in it changed (by <see cref="FileStamp"/>), so while it does not the same
/// <see cref="TemplateSet"/> comes back, and a build can tell that the templates are the ones of the last.
/// </summary>
public sealed class TemplateCache
{
    /// <summary>Keeps nothing: the templates are parsed by every build.</summary>
    public static readonly TemplateCache None = new(keeps: false);

    private readonly bool _keeps;
    private FileStamp[]? _stamps;
    private TemplateSet? _templates;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    public TemplateCache()
        : this(keeps: true)
    {
    }

    private TemplateCache(bool keeps) => _keeps = keeps;

    public TemplateSet? Load(string? templatesDir, DiagnosticBag diagnostics)
    {
        if (!_keeps)
        {
            return TemplateSet.Load(templatesDir, diagnostics);
        }

        var stamps = templatesDir is not null && Directory.Exists(templatesDir)
            ? FileStamp.Of(Directory.EnumerateFiles(templatesDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            : [];
        if (!FileStamp.Same(stamps, _stamps))
        {
            var own = new DiagnosticBag();
            _templates = TemplateSet.Load(templatesDir, own);
            _diagnostics = own.Sorted();
            _stamps = stamps;
        }

        foreach (var diagnostic in _diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return _templates;
    }
}
