using SiteGen.Content;
using SiteGen.Format;

namespace SiteGen.Editor;

/// <summary>Which kind of content file a path is, by where it stands: that decides its format and how it is checked.</summary>
public enum ContentFileKind
{
    Site,
    Disclosure,
    Project,
}

/// <summary>
/// The content folder as the editor may touch it: a path from a request (always relative, with <c>/</c>) is resolved
/// inside it or refused, never through a symbolic link, a dot-folder or <c>..</c>, and only for a content file
/// (<c>site.yml</c>, a <c>disclosure.yml</c>, a <c>projects/*.yml</c>).
/// </summary>
public sealed class ContentFolder(string contentDir)
{
    /// <summary>Where deleted projects go, inside content/ (left out of the site by its <c>_</c>), to be taken back by hand.</summary>
    public const string TrashFolderName = "_trash";

    /// <summary>The folder as the user named it: paths in diagnostics start with it, as <c>sitegen check</c> prints them.</summary>
    public string Dir { get; } = contentDir;

    public string Root { get; } = Path.GetFullPath(contentDir);

    /// <summary>The path as diagnostics print it (the folder as given, then the file).</summary>
    public string Display(string relative) => Path.Join(Dir, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The full path of a content file named from the request, or null when it is not one the editor may open.</summary>
    public string? Resolve(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Length > 400 || Path.IsPathRooted(relative) || relative.Contains('\\') || relative.Contains('\0'))
        {
            return null;
        }

        var parts = relative.Split('/');
        if (parts.Any(p => p.Length == 0 || p.StartsWith('.') || p.StartsWith(ContentLoader.LeftOutPrefix)) || KindOf(relative) is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Join(Root, relative));
        if (!full.StartsWith(Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        // No link anywhere below the content folder: a link could lead a write out of it.
        for (var path = full; path.Length > Root.Length; path = Path.GetDirectoryName(path)!)
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                return null;
            }
        }

        return full;
    }

    /// <summary>The request's form of a full path inside the folder (<c>2020/224002-…/projects/1-….yml</c>).</summary>
    public string Relative(string full) => Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');

    public static ContentFileKind? KindOf(string relative)
    {
        var parts = relative.Split('/');
        return parts switch
        {
            [ContentLoader.SiteFileName] => ContentFileKind.Site,
            [.., ContentLoader.DisclosureFileName] when parts.Length >= 2 => ContentFileKind.Disclosure,
            [.., ContentLoader.ProjectsFolderName, var file] when parts.Length >= 3 && file.EndsWith(".yml", StringComparison.Ordinal) && file != ContentLoader.DisclosureFileName => ContentFileKind.Project,
            _ => null,
        };
    }

    public static MapFormat FormatOf(ContentFileKind kind) => kind switch
    {
        ContentFileKind.Site => ContentFormat.Site,
        ContentFileKind.Disclosure => ContentFormat.Disclosure,
        _ => ContentFormat.Project,
    };

    /// <summary>The disclosure.yml a file belongs to (itself, for a disclosure.yml), relative; null for site.yml.</summary>
    public static string? DisclosureOf(string relative) => KindOf(relative) switch
    {
        ContentFileKind.Disclosure => relative,
        ContentFileKind.Project => string.Join('/', relative.Split('/')[..^2].Append(ContentLoader.DisclosureFileName)),
        _ => null,
    };

    /// <summary>The project files of a disclosure, relative, in the order the build publishes them.</summary>
    public IReadOnlyList<string> ProjectsOf(string disclosure)
    {
        var folder = Path.Join(Path.GetDirectoryName(Path.Join(Root, disclosure))!, ContentLoader.ProjectsFolderName);
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.yml").Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).StartsWith(ContentLoader.LeftOutPrefix))
                .Order(StringComparer.Ordinal).Select(Relative)]
            : [];
    }
}
