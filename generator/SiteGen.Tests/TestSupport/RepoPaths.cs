namespace SiteGen.Tests.TestSupport;

/// <summary>Paths in the repository, found from the test binary by walking up to SiteGen.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Join(Root, "content");

    public static string Templates => Path.Join(Root, "templates");

    public static string Seeds => Path.Join(Root, "seeds");

    public static string Golden => Path.Join(Root, "generator", "SiteGen.Tests", "Golden");

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
