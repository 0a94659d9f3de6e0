using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Pipeline.Cache;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// The build cache on disk (<c>sitegen build</c>, <c>--cache DIR</c>), on a copy of the County fixture: after every
/// edit of content, templates and site settings, a build with the cache publishes byte for byte (manifest and all)
/// what a cold build of the same files publishes; with nothing changed it does nothing and leaves the output as it
/// was; a damaged or foreign cache is reported (SG6007) and ignored.
/// </summary>
public sealed class BuildCacheTests : IDisposable
{
    private const string Project = "2021/900001/projects/1-学生资助补助经费.yml";
    private readonly TempFolder _folder = new();

    public BuildCacheTests()
    {
        _folder.CopyFrom(CountySite.ContentDir, "content");
        _folder.CopyFrom(RepoPaths.Templates, "templates");
    }

    private string Content => _folder.Join("content");

    private string Output => _folder.Join("output");

    private string Cache => _folder.Join("cache");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void With_nothing_changed_a_build_does_nothing_and_says_what_the_last_one_said()
    {
        var first = Build();
        Assert.False(first.UpToDate);
        Assert.True(File.Exists(Path.Join(Cache, BuildCache.RecordFile)));
        var before = Stamps(Output);

        var again = Build();

        Assert.True(again.UpToDate);
        Assert.Equal(0, again.PagesWritten);
        Assert.Equal(first.Diagnostics, again.Diagnostics);
        Assert.Equal(before, Stamps(Output)); // not one file written, not one touched
    }

    [Fact]
    public void After_each_edit_of_content_templates_and_settings_the_cached_build_is_the_cold_build()
    {
        var cold = Build();
        var all = cold.PagesWritten;

        // Content: a value (only what shows that disclosure is rendered again), a project added and deleted,
        // an evaluation added, a whole disclosure deleted, a new year, a disclosure moved to another department code.
        Edit(Project, "target: ≥1200人", "target: ≥12500人");
        var value = Step();
        Assert.InRange(value.PagesWritten, 1, all - 1);
        Assert.Contains("≥12500人", File.ReadAllText(Path.Join(Output, "2021", "900001", "index.html")), StringComparison.Ordinal);

        var added = _folder.Join("content", "2021", "900001", "projects", "3-新增项目.yml");
        File.WriteAllText(added, File.ReadAllText(_folder.Join("content", Project))
            .Replace("code: SX-JY-0001", "code: SX-JY-0901", StringComparison.Ordinal)
            .Replace("name: 学生资助补助经费", "name: 新增的助学项目", StringComparison.Ordinal));
        Step();
        File.Delete(added);
        Step();

        Directory.Delete(_folder.Join("content", "2021", "900003"), recursive: true);
        Step();
        Assert.False(Directory.Exists(Path.Join(Output, "2021", "900003")));

        _folder.CopyFrom(_folder.Join("content", "2022", "900002"), Path.Join("content", "2023", "900002"));
        Edit("2023/900002/disclosure.yml", "year: 2022", "year: 2023");
        Step();
        Edit("2021/900004/disclosure.yml", "code: \"900004\"", "code: \"900009\"", orElse: ("code: 900004", "code: 900009"));
        Step();
        Directory.Delete(_folder.Join("content", "2023"), recursive: true);
        Step();

        // Templates: a page template, an asset; settings: site.yml shows on every page. Each makes everything again.
        File.AppendAllText(_folder.Join("templates", "pages", "disclosure.html"), "\n<!-- edited page -->\n");
        Assert.Equal(all - 1, Step().PagesWritten); // 900003 of 2021 is gone
        File.AppendAllText(_folder.Join("templates", "assets", "site.css"), "\n/* edited */\n");
        Step();
        Edit("site.yml", "title: 示例县预算绩效目标公开", "title: 示例县预算绩效目标公开（缓存）");
        Step();
        Assert.Contains("示例县预算绩效目标公开（缓存）", File.ReadAllText(Path.Join(Output, "404.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_cache_is_reported_and_ignored_and_the_site_is_still_the_cold_build()
    {
        Build();
        Edit(Project, "target: ≥1200人", "target: ≥12500人");
        var record = Path.Join(Cache, BuildCache.RecordFile);
        var bytes = File.ReadAllBytes(record);
        bytes[bytes.Length / 2] ^= 0x5a; // one flipped byte: the record's own hash no longer matches
        File.WriteAllBytes(record, bytes);

        var result = Step();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BuildCacheIgnored.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("已损坏", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Build().Diagnostics, d => d.Code == DiagnosticCodes.BuildCacheIgnored.Id); // rewritten whole
    }

    [Fact]
    public void A_cache_made_for_another_site_is_reported_and_ignored()
    {
        Build();
        using var other = new TempFolder();
        other.CopyFrom(Content, "content");
        Edit(Project, "target: ≥1200人", "target: ≥12500人"); // this site changes; the other keeps the old value

        var result = SiteBuilder.Build(new BuildOptions(other.Join("content"), _folder.Join("templates"), other.Join("output"), CacheDir: Cache));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BuildCacheIgnored.Id && d.Message.Contains("另一个站点", StringComparison.Ordinal));
        Assert.Contains("≥1200人", File.ReadAllText(other.Join("output", "2021", "900001", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_touched_output_folder_is_built_again_whole()
    {
        Build();
        var page = Path.Join(Output, "2021", "900001", "index.html");
        var original = File.ReadAllBytes(page);
        File.WriteAllText(page, "edited by hand on the server copy");
        File.Delete(Path.Join(Output, "404.html"));

        var result = Step();

        Assert.False(result.UpToDate);
        Assert.Equal(original, File.ReadAllBytes(page));
    }

    [Fact]
    public void A_failed_build_leaves_the_output_and_the_cache_as_they_were()
    {
        Build();
        var record = File.ReadAllBytes(Path.Join(Cache, BuildCache.RecordFile));
        var before = Stamps(Output);
        var text = File.ReadAllText(_folder.Join("content", Project));
        File.AppendAllText(_folder.Join("content", Project), "name: [broken\n");

        var broken = SiteBuilder.Build(Options());

        Assert.False(broken.Succeeded);
        Assert.Equal(before, Stamps(Output));
        Assert.Equal(record, File.ReadAllBytes(Path.Join(Cache, BuildCache.RecordFile)));
        File.WriteAllText(_folder.Join("content", Project), text.Replace("name: 学生资助补助经费", "name: 学生资助补助经费（已修正）", StringComparison.Ordinal));
        Step();
    }

    private BuildOptions Options() => new(Content, _folder.Join("templates"), Output, CacheDir: Cache);

    private BuildResult Build()
    {
        var result = SiteBuilder.Build(Options());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>A build with the cache, which must succeed and publish exactly what a cold build of the same files does.</summary>
    private BuildResult Step()
    {
        var cached = Build();
        using var cold = new TempFolder();
        var full = SiteBuilder.Build(new BuildOptions(Content, _folder.Join("templates"), cold.Join("site")));
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        var published = Files(Output);
        Assert.Equal(Files(cold.Join("site")).Keys, published.Keys);
        foreach (var (path, bytes) in Files(cold.Join("site")))
        {
            Assert.True(bytes.AsSpan().SequenceEqual(published[path]), $"{path} differs from the cold build");
        }

        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), cached.Diagnostics.Where(d => d.Code != DiagnosticCodes.BuildCacheIgnored.Id).Select(d => d.ToString()));
        return cached;
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static List<(string, long, DateTime)> Stamps(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f)).Select(f => (f.FullName, f.Length, f.LastWriteTimeUtc))];

    private void Edit(string path, string from, string to, (string From, string To)? orElse = null)
    {
        var file = _folder.Join("content", path);
        var text = File.ReadAllText(file);
        if (!text.Contains(from, StringComparison.Ordinal) && orElse is { } other)
        {
            (from, to) = other;
        }

        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
