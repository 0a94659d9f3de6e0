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

    /// <summary>
    /// An empty staging folder for the new site, holding the output folder's build lock; or null (reported) when
    /// the output folder must not be replaced or another build is publishing to it.
    /// </summary>
    public static SiteStaging? Begin(string outputDir, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir);
        if (Directory.Exists(output) && !File.Exists(Path.Join(output, MarkerFile)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            diagnostics.Report(DiagnosticCodes.OutputNotASite, SourceLocation.File(outputDir),
                $"输出目录已存在、不是空目录，也不是 SiteGen 生成的站点（缺少 {MarkerFile} 文件）：为免删除别的文件，拒绝覆盖。请换一个输出目录或先清空它");
            return null;
        }

        BuildLock? buildLock;
        try
        {
            buildLock = BuildLock.TryAcquire(output);
        }
        catch (UnauthorizedAccessException ex)
        {
            Failed(outputDir, ex, diagnostics);
            return null;
        }

        if (buildLock is null)
        {
            diagnostics.Report(DiagnosticCodes.OutputBusy, SourceLocation.File(outputDir),
                "另一个 sitegen build 正在向这个输出目录发布：请等它结束后再构建（同一时间只能有一个构建写同一个输出目录）");
            return null;
        }

        var staging = StagingPath(output);
        try
        {
            RecoverFromInterruptedSwap(output, staging);
            RemoveIfPresent(staging);
            Directory.CreateDirectory(staging);
            return new SiteStaging(outputDir, output, staging, buildLock);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            buildLock.Dispose();
            Failed(outputDir, ex, diagnostics);
            return null;
        }
    }

    /// <summary>
    /// Where the two-rename fallback of <see cref="FolderSwap"/> (systems without an atomic exchange) was killed
    /// between its renames, the old site waits aside: put it back before anything else. A killed build's staging
    /// folder is simply removed (the caller does that next).
    /// </summary>
    private static void RecoverFromInterruptedSwap(string output, string staging)
    {
        var aside = staging + ".old";
        if (!Directory.Exists(output) && Directory.Exists(aside))
        {
            Directory.Move(aside, output);
        }

        RemoveIfPresent(aside);
    }

    /// <summary>A sibling of the output folder, so the final swap is a rename on one file system.</summary>
    public static string StagingPath(string fullOutputPath) => Sibling(fullOutputPath, ".staging");

    /// <summary>A hidden file or folder beside the output folder: <c>.output.staging</c>, <c>.output.lock</c>.</summary>
    public static string Sibling(string fullOutputPath, string suffix)
    {
        var trimmed = fullOutputPath.TrimEnd(Path.DirectorySeparatorChar);
        return Path.Join(Path.GetDirectoryName(trimmed), "." + Path.GetFileName(trimmed) + suffix);
    }

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
