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

    /// <param name="contentDir">The content folder, as the user named it; diagnostics print paths below it.</param>
    public static ContentSet Load(string contentDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDir))
        {
            diagnostics.Report(DiagnosticCodes.ContentFolderMissing, SourceLocation.File(contentDir), "内容目录不存在");
            return new ContentSet(null, []);
        }

        var files = ListVisibleFiles(contentDir);
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
            used.Add(disclosureFile);
            used.UnionWith(projectFiles);
            disclosures.Add(new DisclosureFiles(disclosureFile, projectFiles));
        }

        foreach (var stray in files.Where(f => !used.Contains(f)))
        {
            diagnostics.Report(DiagnosticCodes.StrayFile, SourceLocation.File(stray),
                "这个文件不属于任何公开文档，已忽略：项目文件应放在 disclosure.yml 旁的 projects/ 目录中，扩展名为 .yml");
        }

        return new ContentSet(site, disclosures);
    }

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

    /// <summary>Every file below the folder in ordinal order, skipping hidden ones (editor backups, .git).</summary>
    private static List<string> ListVisibleFiles(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        return [.. Directory.EnumerateFiles(root, "*", options)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)];
    }
}
