using System.Security.Cryptography;
using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Output;

/// <summary>A publisher can prove a copy of the site is exactly what was built.</summary>
public sealed class ManifestTests
{
    private static readonly string County = Path.Join(RepoPaths.Golden, "County", "content");

    [Fact]
    public void Every_build_lists_each_published_file_with_its_size_and_SHA256()
    {
        using var folder = new TempFolder();
        Assert.True(SiteBuilder.Build(new BuildOptions(County, RepoPaths.Templates, folder.Join("output"))).Succeeded);

        var (entries, problem) = SiteManifest.Read(folder.Join("output", SiteManifest.FileName));

        Assert.Null(problem);
        var files = GoldenFiles.ListFiles(folder.Join("output")).Where(f => f != SiteManifest.FileName).ToList();
        Assert.Equal(files, entries!.Select(e => e.Path));
        Assert.All(entries!, e =>
        {
            var bytes = File.ReadAllBytes(folder.Join("output", e.Path));
            Assert.Equal(bytes.Length, e.Size);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), e.Sha256);
        });
    }

    [Fact]
    public void Verify_accepts_an_exact_copy_and_names_every_changed_missing_and_extra_file()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(County, "content");
        folder.CopyFrom(RepoPaths.Templates, "templates");
        Assert.Equal(0, CliRunner.Run(folder.Path, "build").ExitCode);
        folder.CopyFrom(folder.Join("output"), "mirror");

        var exact = CliRunner.Run(folder.Path, "verify", "mirror");
        File.AppendAllText(folder.Join("mirror", "2021", "index.html"), "<!-- injected -->");
        File.Delete(folder.Join("mirror", "feed.xml"));
        File.WriteAllText(folder.Join("mirror", "2021", "extra.html"), "x");
        var tampered = CliRunner.Run(folder.Path, "verify", "mirror", "--manifest", "output/sitegen-manifest.json");

        Assert.Equal(0, exact.ExitCode);
        Assert.Matches(@"mirror matches output/sitegen-manifest.json: \d+ files", exact.StdOut);
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("changed: 2021/index.html", tampered.StdErr, StringComparison.Ordinal);
        Assert.Contains("missing: feed.xml", tampered.StdErr, StringComparison.Ordinal);
        Assert.Contains("extra: 2021/extra.html", tampered.StdErr, StringComparison.Ordinal);
        Assert.Contains("1 changed, 1 missing, 1 extra", tampered.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_without_a_readable_manifest_says_so_and_exits_1()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Join("mirror"));

        var result = CliRunner.Run(folder.Path, "verify", "mirror");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("无法读取清单 output/sitegen-manifest.json", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_in_different_folders_time_zones_and_locales_are_byte_identical()
    {
        using var folder = new TempFolder();
        var shanghai = new Dictionary<string, string> { ["TZ"] = "Asia/Shanghai", ["LANG"] = "zh_CN.UTF-8", ["LC_ALL"] = "zh_CN.UTF-8" };
        var utc = new Dictionary<string, string> { ["TZ"] = "America/Los_Angeles", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" };

        var first = CliRunner.Run(folder.Path, shanghai, "build", "--content", County, "--templates", RepoPaths.Templates, "--output", folder.Join("a", "site"));
        var second = CliRunner.Run(folder.Path, utc, "build", "--content", County, "--templates", RepoPaths.Templates, "--output", folder.Join("b", "deeper", "site"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        GoldenFiles.AssertSameFiles(folder.Join("a", "site"), folder.Join("b", "deeper", "site"));
    }
}
