namespace SiteGen;

/// <summary>
/// The folders of a site, as in this repository and as <c>sitegen new</c> makes them: <c>content/</c> for the content,
/// <c>templates/</c> beside it only when the site has its own templates (copied out with <c>sitegen templates</c>),
/// <c>output/</c> for the built site. Path logic takes the separator as a parameter, so Windows paths are tested anywhere.
/// </summary>
public static class SiteLayout
{
    public const string ContentFolder = "content";
    public const string TemplatesFolder = "templates";
    public const string OutputFolder = "output";

    /// <summary>
    /// The folder named <paramref name="name"/> beside <paramref name="folder"/> (in the same parent), written with the
    /// separator the path already uses: <c>D:\县财政局\网站\content</c> → <c>D:\县财政局\网站\templates</c>,
    /// <c>content</c> → <c>templates</c>. On Windows (<paramref name="separator"/> <c>\</c>) both <c>\</c> and <c>/</c> separate.
    /// </summary>
    public static string Beside(string folder, string name, char separator)
    {
        bool IsSeparator(char c) => c == '/' || c == separator;
        var end = folder.Length;
        while (end > 1 && IsSeparator(folder[end - 1]) && !(end == 3 && folder[1] == ':'))
        {
            end--;
        }

        var trimmed = folder[..end];
        var last = trimmed.Length - 1;
        while (last >= 0 && !IsSeparator(trimmed[last]))
        {
            last--;
        }

        var leaf = trimmed[(last + 1)..];
        if (leaf is "." or ".." || trimmed.Length == 0)
        {
            // The content folder is the current folder (or above it): its sibling is one level further up.
            var used = last >= 0 ? trimmed[last] : separator;
            return trimmed.Length == 0 ? name : string.Concat(trimmed, used.ToString(), "..", used.ToString(), name);
        }

        return last < 0 ? name : string.Concat(trimmed.AsSpan(0, last + 1), name);
    }

    /// <summary>
    /// Where <c>sitegen build</c> keeps its build cache unless told otherwise: a hidden folder beside the output folder
    /// (<c>output</c> → <c>.output.cache</c>), like its staging folder and lock, so the published folder holds only the site.
    /// </summary>
    public static string CacheBeside(string outputDir) => Output.SiteWriter.Sibling(Path.GetFullPath(outputDir), ".cache");

    /// <summary>The site's own templates folder: the one beside the content folder, when it exists; else null (the built-in templates).</summary>
    public static string? OwnTemplates(string contentDir)
    {
        var beside = Beside(contentDir, TemplatesFolder, Path.DirectorySeparatorChar);
        return Directory.Exists(beside) ? beside : null;
    }
}
