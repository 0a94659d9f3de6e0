using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Import.Recognition;
using SiteGen.Output;

namespace SiteGen.Import.Writing;

/// <summary>
/// Puts imported disclosures into the content folder, all or nothing: every conflict is found before
/// anything is written, each disclosure folder is written aside and then swapped in whole (so a replaced
/// disclosure never keeps a stale project file), and site.yml is only ever created, never replaced.
/// </summary>
internal static class ContentWriter
{
    public sealed record Planned(string SourcePath, DisclosureDraft Draft, string Folder, string? Existing);

    public static IReadOnlyList<Planned>? Plan(string contentDir, IReadOnlyList<(string SourcePath, DisclosureDraft Draft)> drafts, bool force, DiagnosticBag diagnostics)
    {
        var planned = new List<Planned>();
        foreach (var (sourcePath, draft) in drafts)
        {
            var yearDir = Path.Join(contentDir, draft.Year.ToString(CultureInfo.InvariantCulture));
            if (planned.FirstOrDefault(p => p.Draft.Year == draft.Year && p.Draft.Department.Code == draft.Department.Code) is { } first)
            {
                diagnostics.Report(DiagnosticCodes.ImportSameDisclosure, SourceLocation.File(sourcePath),
                    $"与 {first.SourcePath} 是同一部门（{draft.Department.Code}）{draft.Year} 年度的公开文档：一次只导入其中一个");
                continue;
            }

            var existing = ExistingFolder(yearDir, draft.Department.Code);
            if (existing is not null && !force)
            {
                diagnostics.Report(DiagnosticCodes.ImportTargetExists, SourceLocation.File(Path.Join(existing, Content.ContentLoader.DisclosureFileName)),
                    $"{draft.Department.Name}（{draft.Department.Code}）{draft.Year} 年度的公开文档已经存在；确认要用 {sourcePath} 的内容整个替换时，加 --force");
            }

            planned.Add(new Planned(sourcePath, draft, Path.Join(yearDir, ContentLayout.FolderName(draft)), existing));
        }

        return diagnostics.HasErrors ? null : planned;
    }

    public static bool Write(IReadOnlyList<Planned> planned, DiagnosticBag diagnostics)
    {
        foreach (var plan in planned)
        {
            var staging = Path.Join(Path.GetDirectoryName(plan.Folder), $".{Path.GetFileName(plan.Folder)}.importing");
            try
            {
                WriteFolder(staging, ContentLayout.Files(plan.Draft));
                if (plan.Existing is { } existing)
                {
                    FolderSwap.Replace(existing, staging);
                    Directory.Delete(staging, recursive: true); // now the replaced disclosure
                    if (existing != plan.Folder)
                    {
                        Directory.Move(existing, plan.Folder);
                    }
                }
                else
                {
                    Directory.Move(staging, plan.Folder);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(DiagnosticCodes.ImportWriteFailed, SourceLocation.File(plan.Folder), $"无法写入：{ex.Message}");
                TryDelete(staging);
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Writes the content schemas into content/.schema/, which the first line of every imported file points
    /// to. They are generated from the code, so they are rewritten to match this version of SiteGen.
    /// </summary>
    public static bool WriteSchemas(string contentDir, DiagnosticBag diagnostics)
    {
        var folder = Path.Join(contentDir, ContentLoader.SchemaFolderName);
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (fileName, text) in Format.ContentSchemaWriter.All())
            {
                File.WriteAllText(Path.Join(folder, fileName), text);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.ImportWriteFailed, SourceLocation.File(folder), $"无法写入：{ex.Message}");
            return false;
        }
    }

    /// <summary>Creates site.yml from the command line's settings; an existing one is the publisher's and stays.</summary>
    public static bool WriteSiteFile(string contentDir, SiteSettingsInput site, DiagnosticBag diagnostics)
    {
        var path = Path.Join(contentDir, Content.ContentLoader.SiteFileName);
        if (File.Exists(path))
        {
            return false;
        }

        if (!site.IsComplete)
        {
            diagnostics.Report(DiagnosticCodes.ImportNoSiteFile, SourceLocation.File(path),
                "内容目录还没有 site.yml，构建网站需要它：请加 --title 网站标题 --authority 发布机关 --base-url 网址 再导入一次，或手工创建");
            return false;
        }

        try
        {
            Directory.CreateDirectory(contentDir);
            var temporary = Path.Join(contentDir, ".site.yml.importing");
            File.WriteAllText(temporary, site.Write());
            File.Move(temporary, path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.ImportWriteFailed, SourceLocation.File(path), $"无法写入：{ex.Message}");
            return false;
        }
    }

    /// <summary>The folder of this department's disclosure for the year, named by code as import names it.</summary>
    private static string? ExistingFolder(string yearDir, string code) =>
        !Directory.Exists(yearDir)
            ? null
            : Directory.EnumerateDirectories(yearDir)
                .Where(d => Path.GetFileName(d) is var name && (name == code || name.StartsWith(code + "-", StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();

    private static void WriteFolder(string folder, IReadOnlyList<(string RelativePath, string Text)> files)
    {
        TryDelete(folder);
        foreach (var (relativePath, text) in files)
        {
            var path = Path.Join(folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is ignored by the content loader; the next import removes it.
        }
    }
}
