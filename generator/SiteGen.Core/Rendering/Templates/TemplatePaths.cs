namespace SiteGen.Rendering.Templates;

/// <summary>
/// Template names from file paths, whatever the system's separator: a name is always written with <c>/</c>
/// (<c>pages/home.html</c>). The separator is a parameter so Windows paths are tested on any system.
/// </summary>
public static class TemplatePaths
{
    /// <summary>The name of a file given by its path relative to the templates folder, with <paramref name="separator"/> between folders.</summary>
    public static string Name(string relativePath, char separator) =>
        separator == '/' ? relativePath : relativePath.Replace(separator, '/');

    /// <summary>Whether any part of the name starts with a dot (editor backups, .git): never a template.</summary>
    public static bool IsHidden(string name) =>
        name.Split('/').Any(part => part.StartsWith('.'));
}
