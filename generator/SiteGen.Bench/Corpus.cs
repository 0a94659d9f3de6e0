using SiteGen.Sample;

namespace SiteGen.Bench;

/// <summary>The inputs the benchmarks share: a small sample corpus in a temp folder, and the repository's templates.</summary>
public static class Corpus
{
    public static string Templates { get; } = Path.Join(FindRoot(), "templates");

    /// <summary>Writes <paramref name="departments"/> × 2 years of sample content (seed 1) into a new temp folder.</summary>
    public static string Write(int departments)
    {
        var folder = Path.Join(Path.GetTempPath(), "sitegen-bench-" + Guid.NewGuid().ToString("N"));
        var result = SampleCorpus.Write(new SampleOptions(departments, 2, 1, folder));
        return result.Succeeded ? folder : throw new InvalidOperationException(result.Error);
    }

    public static void Remove(string? folder)
    {
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
