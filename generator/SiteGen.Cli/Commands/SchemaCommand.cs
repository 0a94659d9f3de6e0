using SiteGen.Content;
using SiteGen.Format;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen schema</c>: writes the JSON Schemas of the content format, which editors validate YAML with.</summary>
internal static class SchemaCommand
{
    public static int Run(CommandLine command)
    {
        var folder = command.Value("--output", Path.Join("content", ContentLoader.SchemaFolderName));
        try
        {
            Directory.CreateDirectory(folder);
            var files = ContentSchemaWriter.All();
            foreach (var (fileName, text) in files)
            {
                File.WriteAllText(Path.Join(folder, fileName), text);
            }

            Console.WriteLine($"sitegen schema: {files.Count} schemas written to {folder}");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{folder}: error SG6001: 无法写入：{ex.Message}");
            return ExitCodes.ContentErrors;
        }
    }
}
