using System.Diagnostics.CodeAnalysis;
using Scriban;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// The templates folder, parsed once per build: every <c>*.html</c> is a Scriban template named by its
/// path without the extension (<c>layout</c>, <c>pages/disclosure</c>, <c>partials/project</c>);
/// everything under <c>assets/</c> is copied to the site as it is.
/// </summary>
public sealed class TemplateSet
{
    public const string AssetsFolder = "assets";
    public static readonly string[] RequiredTemplates = ["layout", "pages/home", "pages/year", "pages/disclosure", "pages/not-found", "pages/search"];

    private readonly Dictionary<string, Template> _templates;

    private TemplateSet(Dictionary<string, Template> templates, IReadOnlyList<(string SitePath, string FullPath)> assets)
    {
        _templates = templates;
        Assets = assets;
    }

    /// <summary>Static files: the path they get in the site, and where they are now.</summary>
    public IReadOnlyList<(string SitePath, string FullPath)> Assets { get; }

    public bool TryGet(string name, [NotNullWhen(true)] out Template? template) => _templates.TryGetValue(name, out template);

    /// <summary>The parsed templates, or null when any is missing or broken (reported).</summary>
    public static TemplateSet? Load(string templatesDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(templatesDir))
        {
            diagnostics.Report(DiagnosticCodes.TemplateMissing, SourceLocation.File(templatesDir), "模板目录不存在");
            return null;
        }

        var files = Directory.EnumerateFiles(templatesDir, "*", SearchOption.AllDirectories)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(templatesDir, full).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        var assets = files
            .Where(f => f.Relative.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
            .Select(f => (f.Relative, f.Full))
            .ToList();

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (full, relative) in files.Where(f => f.Relative.EndsWith(".html", StringComparison.Ordinal) && !assets.Any(a => a.Full == f.Full)))
        {
            var template = Parse(full, diagnostics);
            ok &= template is not null;
            if (template is not null)
            {
                templates[relative[..^".html".Length]] = template;
            }
        }

        foreach (var name in RequiredTemplates.Where(n => !templates.ContainsKey(n) && !files.Any(f => f.Relative == n + ".html")))
        {
            diagnostics.Report(DiagnosticCodes.TemplateMissing, SourceLocation.File(Path.Join(templatesDir, name + ".html")), $"缺少模板 {name}.html");
            ok = false;
        }

        return ok ? new TemplateSet(templates, assets) : null;
    }

    private static Template? Parse(string fullPath, DiagnosticBag diagnostics)
    {
        var text = TextFileReader.Read(fullPath, fullPath, diagnostics);
        if (text is null)
        {
            return null;
        }

        var template = Template.Parse(text, fullPath);
        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            diagnostics.Report(DiagnosticCodes.TemplateSyntax, TemplateErrors.At(fullPath, message.Span), $"模板语法错误：{message.Message}");
        }

        return template.HasErrors ? null : template;
    }
}
