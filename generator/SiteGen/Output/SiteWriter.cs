using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>
/// Publishes the built files so that the output folder is always a complete site, old or new:
/// everything is written to a staging folder beside it first, and only then swapped in.
/// </summary>
public static class SiteWriter
{
    /// <summary>Written into every site SiteGen builds; a folder without it is never replaced.</summary>
    public const string MarkerFile = ".sitegen";

    private const string MarkerText = "This folder is a site built by SiteGen. `sitegen build` replaces it as a whole.\n";

    /// <summary>True when the site was published; false (reported) when nothing was changed.</summary>
    public static bool Publish(IReadOnlyList<OutputFile> files, string outputDir, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir);
        if (Directory.Exists(output) && !File.Exists(Path.Join(output, MarkerFile)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            diagnostics.Report(DiagnosticCodes.OutputNotASite, SourceLocation.File(outputDir),
                $"输出目录已存在、不是空目录，也不是 SiteGen 生成的站点（缺少 {MarkerFile} 文件）：为免删除别的文件，拒绝覆盖。请换一个输出目录或先清空它");
            return false;
        }

        var staging = StagingPath(output);
        try
        {
            RemoveIfPresent(staging);
            WriteAll(files, staging);
            FolderSwap.Replace(output, staging);
            RemoveIfPresent(staging);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputFailed, SourceLocation.File(outputDir), $"无法写入输出目录（原有站点保持不变）：{ex.Message}");
            TryRemove(staging);
            return false;
        }
    }

    /// <summary>A sibling of the output folder, so the final swap is a rename on one file system.</summary>
    public static string StagingPath(string fullOutputPath) =>
        Path.Join(Path.GetDirectoryName(fullOutputPath.TrimEnd(Path.DirectorySeparatorChar)), "." + Path.GetFileName(fullOutputPath.TrimEnd(Path.DirectorySeparatorChar)) + ".staging");

    private static void WriteAll(IReadOnlyList<OutputFile> files, string staging)
    {
        Directory.CreateDirectory(staging);
        foreach (var file in files)
        {
            var path = Path.Join(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        File.WriteAllText(Path.Join(staging, MarkerFile), MarkerText);
    }

    private static void RemoveIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void TryRemove(string folder)
    {
        try
        {
            RemoveIfPresent(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build removes a leftover staging folder before it starts.
        }
    }
}
