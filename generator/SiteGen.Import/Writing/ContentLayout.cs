using System.Text;
using SiteGen.Import.Recognition;

namespace SiteGen.Import.Writing;

/// <summary>
/// Where an imported disclosure goes in the content folder: <c>{year}/{code}-{name}/disclosure.yml</c> and
/// <c>projects/{n}-{name}.yml</c>, numbered so that file-name order is the document's order.
/// </summary>
internal static class ContentLayout
{
    public static string FolderName(DisclosureDraft draft) => $"{draft.Department.Code}-{SafeName(draft.Department.Name)}";

    /// <summary>The files of one disclosure, relative to its folder, with their text.</summary>
    public static IReadOnlyList<(string RelativePath, string Text)> Files(DisclosureDraft draft)
    {
        var width = draft.Projects.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var files = new List<(string, string)> { (Content.ContentLoader.DisclosureFileName, DisclosureYaml.Write(draft)) };
        for (var i = 0; i < draft.Projects.Count; i++)
        {
            var project = draft.Projects[i];
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');
            files.Add((Path.Join(Content.ContentLoader.ProjectsFolderName, $"{number}-{SafeName(project.Name)}.yml"),
                ProjectYaml.Write(project, draft.SourceFile)));
        }

        return files;
    }

    /// <summary>A name usable as a file name on every system: no separators or reserved characters, not too long.</summary>
    private static string SafeName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            builder.Append(char.IsControl(c) || "/\\:*?\"<>|".Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c) ? '_' : c);
        }

        var safe = builder.ToString().Trim('.', '_');
        var length = Math.Min(safe.Length, char.IsHighSurrogate(safe[Math.Min(safe.Length, 40) - 1]) ? 39 : 40);
        return safe[..length];
    }
}
