namespace SiteGen.Rendering.Templates;

/// <summary>
/// One file of the templates a build uses: its name below the templates folder (<c>pages/home.html</c>,
/// <c>assets/site.css</c>), the path diagnostics print, and its bytes, read when asked for.
/// </summary>
/// <param name="BuiltIn">Whether it is SiteGen's own (embedded in the program) rather than a file of the site's templates folder.</param>
public sealed record TemplateFile(string Name, string DisplayPath, bool BuiltIn, Func<byte[]> Read);
