namespace SiteGen;

/// <summary>Where a build reads and writes; paths are kept as the user gave them so diagnostics print them that way.</summary>
public sealed record BuildOptions(string ContentDir = "content", string TemplatesDir = "templates", string OutputDir = "output");
