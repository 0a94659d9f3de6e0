using System.Reflection;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// The default templates and assets, embedded in the program when it is built (their source is <c>templates/</c> at the
/// root of the repository), so <c>sitegen build</c> works in a site that has no templates folder. A site's own
/// <c>templates/</c> overrides them file by file; <c>sitegen templates --output templates</c> copies them out.
/// </summary>
public static class BuiltInTemplates
{
    /// <summary>How diagnostics name a built-in template: no such file exists on disk.</summary>
    public const string DisplayFolder = "内置模板";

    /// <summary>What a diagnostic about a built-in template adds: it is the program's own, and how to change it.</summary>
    public const string Hint = "（这是 sitegen 内置的模板：要修改它，先运行 sitegen templates --output templates 把模板复制到站点目录，再改那里的文件）";

    private const string Prefix = "SiteGen.Templates/";

    private static readonly Assembly Assembly = typeof(BuiltInTemplates).Assembly;

    /// <summary>Every built-in file, by name in ordinal order.</summary>
    public static IReadOnlyList<TemplateFile> All { get; } =
        [.. Assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(resource => (Resource: resource, Name: TemplatePaths.Name(resource[Prefix.Length..], '\\')))
            .Where(file => !TemplatePaths.IsHidden(file.Name))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .Select(file => new TemplateFile(file.Name, DisplayFolder + "/" + file.Name, true, () => ReadResource(file.Resource)))];

    public static bool IsBuiltIn(string displayPath) =>
        displayPath.StartsWith(DisplayFolder + "/", StringComparison.Ordinal);

    private static byte[] ReadResource(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in template {resource} is listed but cannot be read.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
