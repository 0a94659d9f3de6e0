using SiteGen.Content;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// The bundled seed with the fictional evaluation of its three projects (Golden/Evaluation, a test fixture, never in
/// content/) beside its targets: the site every self-evaluation page and PDF test looks at.
/// </summary>
internal static class EvaluatedSeed
{
    public static readonly string Evaluations = Path.Join(RepoPaths.Golden, "Evaluation", "evaluation");

    /// <summary>Copies the seed's content with the evaluation into <paramref name="into"/> of the folder; returns the content folder.</summary>
    public static string CopyTo(TempFolder folder, string into = "content") => CopyTo(folder.Join(into));

    /// <summary>Copies the seed's content with the evaluation to <paramref name="content"/>, which is returned.</summary>
    public static string CopyTo(string content)
    {
        Copy(RepoPaths.Content, content);
        var disclosure = Directory.GetParent(Directory.EnumerateFiles(content, ContentLoader.DisclosureFileName, SearchOption.AllDirectories).Single())!.FullName;
        Copy(Evaluations, Path.Join(disclosure, ContentLoader.EvaluationFolderName));
        return content;
    }

    internal static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Join(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }
}
