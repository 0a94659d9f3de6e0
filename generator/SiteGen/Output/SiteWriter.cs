using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>
/// Publishes the built files so that the output folder is always a complete site, old or new:
/// everything is written to a staging folder beside it first (<see cref="Begin"/>, then the renderer
/// writes each page as it is made), and only then swapped in (<see cref="SiteStaging.Publish"/>).
/// </summary>
public static class SiteWriter
{
    /// <summary>Written into every site SiteGen builds; a folder without it is never replaced.</summary>
    public const string MarkerFile = ".sitegen";

    internal const string MarkerText = "This folder is a site built by SiteGen. `sitegen build` replaces it as a whole.\n";

    /// <summary>An empty staging folder for the new site, or null (reported) when the output folder must not be replaced.</summary>
    public static SiteStaging? Begin(string outputDir, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir);
        if (Directory.Exists(output) && !File.Exists(Path.Join(output, MarkerFile)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            diagnostics.Report(DiagnosticCodes.OutputNotASite, SourceLocation.File(outputDir),
                $"输出目录已存在、不是空目录，也不是 SiteGen 生成的站点（缺少 {MarkerFile} 文件）：为免删除别的文件，拒绝覆盖。请换一个输出目录或先清空它");
            return null;
        }

        var staging = StagingPath(output);
        try
        {
            RemoveIfPresent(staging);
            Directory.CreateDirectory(staging);
            return new SiteStaging(outputDir, output, staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Failed(outputDir, ex, diagnostics);
            return null;
        }
    }

    /// <summary>A sibling of the output folder, so the final swap is a rename on one file system.</summary>
    public static string StagingPath(string fullOutputPath) =>
        Path.Join(Path.GetDirectoryName(fullOutputPath.TrimEnd(Path.DirectorySeparatorChar)), "." + Path.GetFileName(fullOutputPath.TrimEnd(Path.DirectorySeparatorChar)) + ".staging");

    internal static void Failed(string outputDir, Exception ex, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCodes.OutputFailed, SourceLocation.File(outputDir), $"无法写入输出目录（原有站点保持不变）：{ex.Message}");

    internal static void RemoveIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static void TryRemove(string folder)
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
