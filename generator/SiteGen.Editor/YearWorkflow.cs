using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Frameworks;

namespace SiteGen.Editor;

/// <summary>
/// The year's work, as files: next year's disclosure made from this one (a draft), a new project with the next free
/// ordinal, a project deleted into <c>content/_trash/</c>, from where it can be taken back. New files are written by the
/// one YAML writer; nothing existing is overwritten.
/// </summary>
public static partial class YearWorkflow
{
    /// <summary>
    /// Next year's disclosure beside this one's year folder (<c>2021/224002-…/</c>): same department, every project
    /// with its code, amounts and spending plan carried over for the user to revise, each indicator's target kept as
    /// its <c>previous_target</c>, year and framework set for the new year, and <c>draft: true</c> until the user
    /// clears it. Returns the new disclosure.yml (relative), or null with the reason.
    /// </summary>
    public static (string? Created, string? Refused) NextYear(ContentFolder folder, string disclosure)
    {
        var source = EditableFile.Read(Path.Join(folder.Root, disclosure));
        if (source?.Parse(new DiagnosticBag()) is not YamlMapping root)
        {
            return (null, "这份公开文档无法读取（先修正其中的 YAML 错误）");
        }

        var form = FormValues.Of(root, ContentFormat.Disclosure);
        if (!int.TryParse(FormValues.Text(form["year"]), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return (null, "这份公开文档的预算年度不是整数");
        }

        var parts = disclosure.Split('/');
        var next = year + 1;
        var target = string.Join('/', [next.ToString(CultureInfo.InvariantCulture), parts[^2], ContentLoader.DisclosureFileName]);
        var targetFolder = Path.GetDirectoryName(Path.Join(folder.Root, target))!;
        if (Directory.Exists(targetFolder) || Directory.GetFiles(folder.Root, ContentLoader.DisclosureFileName, SearchOption.AllDirectories)
                .Select(f => folder.Relative(f)).Any(f => f.StartsWith(next + "/", StringComparison.Ordinal) && f.Split('/')[^2] == parts[^2]))
        {
            return (null, $"{next} 年度的这份公开文档已经存在：{target}");
        }

        form["year"] = next.ToString(CultureInfo.InvariantCulture);
        form["framework"] = IndicatorFramework.DefaultFor(next).Name;
        form["draft"] = "true";
        var files = new List<(string Path, string Text)>
        {
            (target, ContentYaml.Write(FormValues.ToMap(form, ContentFormat.Disclosure),
                ContentYaml.SchemaComment("../../", ContentFormat.Files[1].FileName),
                $"由 {year} 年度复制（新建下一年度）：草稿，改好后删除 draft 一行即可发布")),
        };
        foreach (var project in folder.ProjectsOf(disclosure))
        {
            var text = EditableFile.Read(Path.Join(folder.Root, project));
            if (text?.Parse(new DiagnosticBag()) is not YamlMapping projectRoot)
            {
                return (null, $"项目文件无法读取（先修正其中的 YAML 错误）：{project}");
            }

            var values = FormValues.Of(projectRoot, ContentFormat.Project);
            CarryTargets(values["indicators"]);
            CarryTargets(values["long_term_indicators"]);
            files.Add((
                string.Join('/', [next.ToString(CultureInfo.InvariantCulture), parts[^2], ContentLoader.ProjectsFolderName, project.Split('/')[^1]]),
                ContentYaml.Write(FormValues.ToMap(values, ContentFormat.Project),
                    ContentYaml.SchemaComment("../../../", ContentFormat.Files[2].FileName),
                    $"由 {year} 年度复制：上年指标值已填入 previous_target，请按今年的预算修改金额、支出计划和指标值")));
        }

        foreach (var (path, text) in files)
        {
            FileSaver.WriteAtomically(Path.Join(folder.Root, path), source.BytesOf(text));
        }

        return (target, null);
    }

    /// <summary>A new project file with the next free ordinal (<c>4-新项目.yml</c>; <c>04-</c> when the files use two digits).</summary>
    public static string NewProject(ContentFolder folder, string disclosure)
    {
        var existing = folder.ProjectsOf(disclosure).Select(p => Ordinal().Match(p.Split('/')[^1])).Where(m => m.Success).ToList();
        var next = existing.Count == 0 ? 1 : existing.Max(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) + 1;
        var width = Math.Max(existing.Count == 0 ? 1 : existing.Max(m => m.Groups[1].Value.Length), next.ToString(CultureInfo.InvariantCulture).Length);
        var name = $"{next.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}-新项目.yml";
        var relative = string.Join('/', [.. disclosure.Split('/')[..^1], ContentLoader.ProjectsFolderName, name]);
        var text = ContentYaml.Write(new ContentMap(ContentFormat.Project), ContentYaml.SchemaComment("../../../", ContentFormat.Files[2].FileName), "新项目：请填写各栏");
        FileSaver.Save(Path.Join(folder.Root, relative), System.Text.Encoding.UTF8.GetBytes(text), expectedHash: null);
        return relative;
    }

    /// <summary>
    /// Moves a project into <c>content/_trash/{time}/…</c> (left out of the site by its <c>_</c>); only the version the
    /// form opened (by hash). Returns the place it went, or null when the file changed meanwhile.
    /// </summary>
    public static string? Delete(ContentFolder folder, string project, string hash, DateTimeOffset now)
    {
        var full = Path.Join(folder.Root, project);
        if (EditableFile.Read(full)?.Hash != hash)
        {
            return null;
        }

        var trash = string.Join('/', ContentFolder.TrashFolderName, now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture), project);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Join(folder.Root, trash))!);
        File.Move(full, Path.Join(folder.Root, trash));
        return trash;
    }

    private static void CarryTargets(JsonNode? rows)
    {
        foreach (var row in (rows as JsonArray ?? []).OfType<JsonObject>())
        {
            if (FormValues.Text(row["target"]) is { } target)
            {
                row["previous_target"] = target;
            }
        }
    }

    [GeneratedRegex(@"^(\d+)-")]
    private static partial Regex Ordinal();
}
