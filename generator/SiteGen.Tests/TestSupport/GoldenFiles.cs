namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Compares output with committed expected files. Set SITEGEN_ACCEPT=1 to rewrite the expected files
/// on purpose (then review the diff before committing); it is never set in CI.
/// </summary>
internal static class GoldenFiles
{
    public static bool Accepting => Environment.GetEnvironmentVariable("SITEGEN_ACCEPT") == "1";

    /// <summary>Asserts that <paramref name="actual"/> equals the expected file, or rewrites it when accepting.</summary>
    public static void AssertText(string expectedFile, string actual)
    {
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
            File.WriteAllText(expectedFile, actual);
            return;
        }

        Assert.True(File.Exists(expectedFile), $"Missing expected file {expectedFile}; run the tests once with SITEGEN_ACCEPT=1 and review it.");
        Assert.Equal(File.ReadAllText(expectedFile), actual);
    }

    /// <summary>
    /// Asserts that a built site equals its expected files, or makes expected a copy of it.
    /// The site's assets/ are copies of templates/assets/, so they are compared with those directly
    /// instead of being kept a second time among the expected files.
    /// </summary>
    public static void AssertSite(string expectedDir, string siteDir)
    {
        AssertSameFiles(Path.Join(RepoPaths.Templates, "assets"), Path.Join(siteDir, "assets"));
        var pages = ListFiles(siteDir).Where(f => !f.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        if (Accepting)
        {
            if (Directory.Exists(expectedDir))
            {
                Directory.Delete(expectedDir, recursive: true);
            }

            CopyFiles(siteDir, expectedDir, pages);
            return;
        }

        Assert.Equal(ListFiles(expectedDir), pages);
        AssertSameBytes(expectedDir, siteDir, pages);
    }

    /// <summary>Asserts that two folders hold the same file names with the same bytes.</summary>
    public static void AssertSameFiles(string expectedDir, string actualDir)
    {
        var expected = ListFiles(expectedDir);
        Assert.Equal(expected, ListFiles(actualDir));
        AssertSameBytes(expectedDir, actualDir, expected);
    }

    private static void AssertSameBytes(string expectedDir, string actualDir, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var want = File.ReadAllBytes(Path.Join(expectedDir, file));
            var got = File.ReadAllBytes(Path.Join(actualDir, file));
            if (!want.AsSpan().SequenceEqual(got))
            {
                Assert.Equal(System.Text.Encoding.UTF8.GetString(want), System.Text.Encoding.UTF8.GetString(got));
                Assert.Fail($"{file} differs in bytes from the expected file.");
            }
        }
    }

    public static List<string> ListFiles(string dir) =>
        Directory.Exists(dir)
            ? [.. Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];

    private static void CopyFiles(string from, string to, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var target = Path.Join(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Join(from, file), target);
        }
    }
}
