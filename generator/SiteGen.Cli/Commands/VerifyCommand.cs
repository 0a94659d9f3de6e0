using SiteGen.Output;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen verify DIR [--manifest FILE]</c>: proves a published copy is exactly what was built, naming every
/// changed, missing or extra file. The manifest defaults to the local build's (<c>output/sitegen-manifest.json</c>).
/// </summary>
internal static class VerifyCommand
{
    public static int Run(CommandLine line)
    {
        var folder = line.Files[0];
        var manifestPath = line.Value("--manifest", Path.Join("output", SiteManifest.FileName));
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"sitegen verify: {folder} 不是目录");
            return ExitCodes.ContentErrors;
        }

        var (manifest, problem) = SiteManifest.Read(manifestPath);
        if (manifest is null)
        {
            Console.Error.WriteLine($"sitegen verify: 无法读取清单 {manifestPath}：{problem}");
            return ExitCodes.ContentErrors;
        }

        var differences = SiteManifest.Compare(folder, manifest);
        foreach (var difference in differences)
        {
            Console.Error.WriteLine($"{difference.Kind}: {difference.Path}（{difference.Detail}）");
        }

        Console.WriteLine(differences.Count == 0
            ? $"sitegen verify: {folder} matches {manifestPath}: {manifest.Count} files, same sizes and SHA-256"
            : $"sitegen verify: {folder} differs from {manifestPath}: {differences.Count(d => d.Kind == "changed")} changed, {differences.Count(d => d.Kind == "missing")} missing, {differences.Count(d => d.Kind == "extra")} extra");
        return differences.Count == 0 ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }
}
