using System.Diagnostics.CodeAnalysis;
using Scriban;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// The templates, parsed once per build: the built-in ones (<see cref="BuiltInTemplates"/>) with a site's own templates
/// folder over them, file by file (Hugo's lookup order: the site's file when it has one, else the built-in one). Every
/// <c>*.html</c> is a Scriban template named by its path without the extension (<c>layout</c>, <c>pages/disclosure</c>,
/// <c>partials/project</c>); everything under <c>assets/</c> is copied to the site as it is.
/// </summary>
public sealed class TemplateSet
{
    public const string AssetsFolder = "assets";
    public static readonly string[] RequiredTemplates = ["layout", "pages/home", "pages/year", "pages/disclosure", "pages/not-found", "pages/search"];

    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, TemplateFile> _files;

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, TemplateFile> files)
    {
        _templates = templates;
        _files = files;
        Assets = [.. files.Values.Where(f => f.Name.StartsWith(AssetsFolder + "/", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>Static files: their name is the path they get in the site.</summary>
    public IReadOnlyList<TemplateFile> Assets { get; }

    public bool TryGet(string name, [NotNullWhen(true)] out Template? template) => _templates.TryGetValue(name, out template);

    /// <summary>Where the template of this name comes from, as diagnostics print it (a file of the site's folder, or a built-in one).</summary>
    public string DisplayPathOf(string name) =>
        _files.TryGetValue(name + ".html", out var file) ? file.DisplayPath : BuiltInTemplates.DisplayFolder + "/" + name + ".html";

    /// <param name="templatesDir">The site's own templates, over the built-in ones; null for the built-in ones alone.</param>
    /// <returns>The parsed templates, or null when the folder is missing or a template is broken (reported).</returns>
    public static TemplateSet? Load(string? templatesDir, DiagnosticBag diagnostics)
    {
        var files = BuiltInTemplates.All.ToDictionary(f => f.Name, StringComparer.Ordinal);
        if (templatesDir is not null)
        {
            if (!Directory.Exists(templatesDir))
            {
                diagnostics.Report(DiagnosticCodes.TemplateMissing, SourceLocation.File(templatesDir),
                    "模板目录不存在：请检查 --templates 的路径；不写 --templates 时使用站点目录中的 templates/，没有它就用内置模板");
                return null;
            }

            foreach (var full in Directory.EnumerateFiles(templatesDir, "*", SearchOption.AllDirectories))
            {
                var name = TemplatePaths.Name(Path.GetRelativePath(templatesDir, full), Path.DirectorySeparatorChar);
                if (!TemplatePaths.IsHidden(name))
                {
                    files[name] = new TemplateFile(name, full, false, () => File.ReadAllBytes(full));
                }
            }
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        foreach (var file in files.Values.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal) && !f.Name.StartsWith(AssetsFolder + "/", StringComparison.Ordinal)))
        {
            var template = Parse(file, diagnostics);
            ok &= template is not null;
            if (template is not null)
            {
                templates[file.Name[..^".html".Length]] = template;
            }
        }

        foreach (var name in RequiredTemplates.Where(n => !files.ContainsKey(n + ".html")))
        {
            diagnostics.Report(DiagnosticCodes.TemplateMissing, SourceLocation.File(Path.Join(templatesDir ?? BuiltInTemplates.DisplayFolder, name + ".html")), $"缺少模板 {name}.html");
            ok = false;
        }

        return ok ? new TemplateSet(templates, files) : null;
    }

    private static Template? Parse(TemplateFile file, DiagnosticBag diagnostics)
    {
        var text = file.BuiltIn
            ? TextFileReader.Decode(file.Read(), file.DisplayPath, diagnostics)
            : TextFileReader.Read(file.DisplayPath, file.DisplayPath, diagnostics);
        if (text is null)
        {
            return null;
        }

        var template = Template.Parse(text, file.DisplayPath);
        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            diagnostics.Report(DiagnosticCodes.TemplateSyntax, TemplateErrors.At(file.DisplayPath, message.Span), $"模板语法错误：{message.Message}{TemplateErrors.HintFor(file.DisplayPath)}");
        }

        return template.HasErrors ? null : template;
    }
}
