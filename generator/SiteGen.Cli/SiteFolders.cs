namespace SiteGen.Cli;

/// <summary>
/// Which folders build, check and serve use: <c>--content</c> (default <c>content</c>); <c>--templates</c> when given,
/// else the site's own <c>templates/</c> beside the content folder when it has one, else the built-in templates alone,
/// so running in any folder never fails for a templates folder nobody asked for; <c>--output</c> (default <c>output</c>).
/// </summary>
internal static class SiteFolders
{
    public static BuildOptions Resolve(CommandLine command)
    {
        var content = command.Value("--content", SiteLayout.ContentFolder);
        return new BuildOptions(
            content,
            command.Value("--templates") ?? SiteLayout.OwnTemplates(content),
            command.Value("--output", SiteLayout.OutputFolder));
    }

    /// <summary>What <c>--verbose</c> prints: the folders used and why those.</summary>
    public static IEnumerable<string> Describe(CommandLine command, BuildOptions options)
    {
        yield return $"content: {options.ContentDir}{(command.Value("--content") is null ? "（默认）" : "")}";
        yield return options.TemplatesDir is null
            ? $"templates: 内置模板（{SiteLayout.Beside(options.ContentDir, SiteLayout.TemplatesFolder, Path.DirectorySeparatorChar)} 不存在；要修改模板，运行 sitegen templates --output templates）"
            : command.Value("--templates") is null
                ? $"templates: {options.TemplatesDir}（站点自己的模板，在内容目录旁边），其中没有的文件用内置模板"
                : $"templates: {options.TemplatesDir}（--templates），其中没有的文件用内置模板";
        yield return $"output: {options.OutputDir}";
    }
}
