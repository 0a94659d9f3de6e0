using SiteGen.Content;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// The bundled seed with the fictional evaluation of its three projects (Golden/Evaluation) and of its department
/// (Golden/DepartmentEvaluation), test fixtures never in content/, beside its targets: the site every self-evaluation page and PDF test looks at.
/// </summary>
internal static class EvaluatedSeed
{
    public static readonly string Evaluations = Path.Join(RepoPaths.Golden, "Evaluation", "evaluation");

    /// <summary>The fictional 部门整体自评 of the seed's department (department-evaluation.yml beside its disclosure).</summary>
    public static readonly string DepartmentEvaluation = Path.Join(RepoPaths.Golden, "DepartmentEvaluation", ContentLoader.DepartmentEvaluationFileName);

    /// <summary>Copies the seed's content with the evaluation into <paramref name="into"/> of the folder; returns the content folder.</summary>
    public static string CopyTo(TempFolder folder, string into = "content") => CopyTo(folder.Join(into));

    /// <summary>Copies the seed's content with the evaluation to <paramref name="content"/>, which is returned.</summary>
    public static string CopyTo(string content)
    {
        Copy(RepoPaths.Content, content);
        var disclosure = Directory.GetParent(Directory.EnumerateFiles(content, ContentLoader.DisclosureFileName, SearchOption.AllDirectories).Single())!.FullName;
        Copy(Evaluations, Path.Join(disclosure, ContentLoader.EvaluationFolderName));
        File.Copy(DepartmentEvaluation, Path.Join(disclosure, ContentLoader.DepartmentEvaluationFileName), overwrite: true);
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
