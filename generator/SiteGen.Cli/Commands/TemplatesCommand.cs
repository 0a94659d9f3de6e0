using SiteGen.Rendering.Templates;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen templates --output DIR [--force]</c>: copies the built-in templates and assets out, to be customised; once
/// they are in the site's <c>templates/</c> (beside <c>content/</c>), each file there replaces the built-in one of the
/// same name. A file already there is kept unless --force, so a customised template is never lost.
/// </summary>
internal static class TemplatesCommand
{
    public static int Run(CommandLine command)
    {
        var folder = command.Value("--output", SiteLayout.TemplatesFolder);
        var force = command.Has("--force");
        var written = 0;
        var kept = new List<string>();
        try
        {
            foreach (var file in BuiltInTemplates.All)
            {
                var target = Path.Join(folder, file.Name);
                var bytes = file.Read();
                if (File.Exists(target) && !force)
                {
                    if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
                    {
                        kept.Add(target);
                    }

                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
                written++;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{folder}: error SG6001: 无法写入：{ex.Message}");
            return ExitCodes.ContentErrors;
        }

        foreach (var path in kept)
        {
            Console.Error.WriteLine($"{path}: info: 这个文件已被修改过，保留你的版本（加 --force 用内置模板覆盖）");
        }

        Console.WriteLine($"sitegen templates: {written} files written to {folder}{(kept.Count > 0 ? $", {kept.Count} changed ones kept" : "")}; each file there now replaces the built-in one of the same name");
        return ExitCodes.Ok;
    }
}
