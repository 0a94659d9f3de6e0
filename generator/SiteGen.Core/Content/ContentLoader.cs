using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Finds and parses the content files. The layout staff keep:
/// <c>site.yml</c> at the top; any folder holding a <c>disclosure.yml</c> is one disclosure, and the
/// <c>projects/*.yml</c> beside it are its projects, published in file-name order.
/// <see cref="Load"/> only finds the files (and parses site.yml); each disclosure's files are parsed by
/// <see cref="Parse"/> when the model is built, so the YAML of one disclosure is dropped as soon as it is bound.
/// </summary>
public static class ContentLoader
{
    public const string SiteFileName = "site.yml";
    public const string DisclosureFileName = "disclosure.yml";
    public const string ProjectsFolderName = "projects";

    /// <summary>Beside projects/: one self-evaluation per project, written months after the targets (optional).</summary>
    public const string EvaluationFolderName = "evaluation";

    /// <summary>Beside projects/: one mid-year monitoring file (运行监控) per project (optional).</summary>
    public const string MonitoringFolderName = "monitoring";

    /// <summary>Beside disclosure.yml: the department's own self-evaluation (部门整体自评), its own small document (optional).</summary>
    public const string DepartmentEvaluationFileName = "department-evaluation.yml";

    /// <summary>The folder, inside the content folder, that holds the JSON Schemas for editors; dot-folders are never content.</summary>
    public const string SchemaFolderName = ".schema";

    /// <summary>A folder or file whose name starts with this is left out of the site (an example, a draft), with an info line.</summary>
    public const char LeftOutPrefix = '_';

    /// <param name="contentDir">The content folder, as the user named it; diagnostics print paths below it.</param>
    public static ContentSet Load(string contentDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDir))
        {
            diagnostics.Report(DiagnosticCodes.ContentFolderMissing, SourceLocation.File(contentDir), "内容目录不存在");
            return new ContentSet(null, []);
        }

        var files = ListVisibleFiles(contentDir, diagnostics);
        var used = new HashSet<string>(StringComparer.Ordinal);

        var siteFile = Path.Join(contentDir, SiteFileName);
        ContentFile? site = null;
        if (File.Exists(siteFile))
        {
            site = Parse(siteFile, diagnostics);
            used.Add(siteFile);
        }
        else
        {
            diagnostics.Report(DiagnosticCodes.MissingSiteFile, SourceLocation.File(siteFile), "缺少站点设置文件 site.yml（站点标题、发布机关等）");
        }

        var byFolder = files.ToLookup(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal);
        var disclosures = new List<DisclosureFiles>();
        foreach (var disclosureFile in files.Where(f => Path.GetFileName(f) == DisclosureFileName))
        {
            var projectFiles = byFolder[Path.Join(Path.GetDirectoryName(disclosureFile), ProjectsFolderName)]
                .Where(f => f.EndsWith(".yml", StringComparison.Ordinal))
                .ToList();
            var evaluationFiles = byFolder[Path.Join(Path.GetDirectoryName(disclosureFile), EvaluationFolderName)]
                .Where(f => f.EndsWith(".yml", StringComparison.Ordinal))
                .ToList();
            var monitoringFiles = byFolder[Path.Join(Path.GetDirectoryName(disclosureFile), MonitoringFolderName)]
                .Where(f => f.EndsWith(".yml", StringComparison.Ordinal))
                .ToList();
            var departmentEvaluation = Path.Join(Path.GetDirectoryName(disclosureFile), DepartmentEvaluationFileName);
            var hasDepartmentEvaluation = byFolder[Path.GetDirectoryName(disclosureFile)!].Contains(departmentEvaluation, StringComparer.Ordinal);
            used.Add(disclosureFile);
            used.UnionWith(projectFiles);
            used.UnionWith(evaluationFiles);
            used.UnionWith(monitoringFiles);
            if (hasDepartmentEvaluation) used.Add(departmentEvaluation);
            disclosures.Add(new DisclosureFiles(
                disclosureFile,
                projectFiles,
                evaluationFiles.Count > 0 ? evaluationFiles : null,
                monitoringFiles.Count > 0 ? monitoringFiles : null,
                hasDepartmentEvaluation ? departmentEvaluation : null));
        }

        // Images are what site.yml's logo, favicon and conac_badge point to; the site settings check those they name.
        foreach (var stray in files.Where(f => !used.Contains(f) && !IsImage(f)))
        {
            diagnostics.Report(DiagnosticCodes.StrayFile, SourceLocation.File(stray),
                "这个文件不属于任何公开文档，已忽略：项目文件应放在 disclosure.yml 旁的 projects/ 目录中，扩展名为 .yml");
        }

        return new ContentSet(site, disclosures);
    }

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp"];

    private static bool IsImage(string file) => ImageExtensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    /// <summary>Reads and parses one content file; safe to call from several threads at once.</summary>
    public static ContentFile Parse(string file, DiagnosticBag diagnostics)
    {
        var text = TextFileReader.Read(file, file, diagnostics);
        if (text is null)
        {
            return new ContentFile(file, null);
        }

        // A bag of its own: other files, read at the same time, must not hide this file's own errors.
        var local = new DiagnosticBag();
        var root = YamlReader.Read(text, file, local);
        if (root is null && !local.HasErrors)
        {
            // Every content file holds a mapping; an empty one would otherwise drop a disclosure unnoticed.
            local.Report(DiagnosticCodes.EmptyFile, SourceLocation.File(file), "文件是空的：请填写内容，或删除这个文件");
        }

        diagnostics.AddAll(local);
        return new ContentFile(file, root);
    }

    /// <summary>
    /// Every file below the folder in ordinal order, skipping hidden ones (editor backups, .git) and those left out
    /// by name (<see cref="LeftOutPrefix"/>). A symbolic
    /// link is read only when it is a file that stays inside the content folder: a link out of it could publish
    /// any file of the machine, and a linked folder could loop; both are reported, not read.
    /// </summary>
    private static List<string> ListVisibleFiles(string root, DiagnosticBag diagnostics)
    {
        var realRoot = RealPath(Path.GetFullPath(root));
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        var files = new List<string>();
        var folders = new Stack<string>([root]);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                var path = Path.Join(folder, entry.Name);
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry.Name.StartsWith(LeftOutPrefix))
                {
                    // An example (sitegen new writes one) or a draft: kept beside the content, never published, said once.
                    diagnostics.Report(DiagnosticCodes.LeftOut, SourceLocation.File(path),
                        $"名称以 {LeftOutPrefix} 开头，不发布（示例或草稿）：要发布它，把名称开头的 {LeftOutPrefix} 去掉");
                    continue;
                }

                if (entry.LinkTarget is { } target)
                {
                    var real = RealPath(Path.GetFullPath(path));
                    if (real is null || !IsInside(real, realRoot) || entry is DirectoryInfo || Directory.Exists(real))
                    {
                        diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.File(path),
                            $"这是符号链接（→ {target}），已拒绝：内容只能是内容目录之内的普通文件，不读取链接的目录或指向目录之外的链接");
                        continue;
                    }
                }

                if (entry is DirectoryInfo)
                {
                    folders.Push(path);
                }
                else
                {
                    files.Add(path);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsInside(string path, string? root) =>
        root is not null && path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it resolved; null when a link is broken or links loop.</summary>
    private static string? RealPath(string fullPath)
    {
        var current = Path.GetPathRoot(fullPath)!;
        var pending = new Stack<string>(fullPath[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        for (var links = 0; pending.Count > 0;)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > 40)
            {
                return null;
            }

            // Resolve the link's target part by part too: it may go through other links.
            var absolute = Path.IsPathRooted(target) ? target : Path.Join(current, target);
            current = Path.GetPathRoot(absolute)!;
            foreach (var p in absolute[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(p);
            }
        }

        return File.Exists(current) || Directory.Exists(current) ? current : null;
    }
}
