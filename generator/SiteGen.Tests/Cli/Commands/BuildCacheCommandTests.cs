using SiteGen.Pipeline.Cache;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Commands;

/// <summary><c>sitegen build</c>'s build cache from the command line: on by default beside the output, <c>--cache DIR</c>, <c>--no-cache</c>.</summary>
public sealed class BuildCacheCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BuildCacheCommandTests() => _folder.CopyFrom(RepoPaths.Content, "content");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_second_build_with_nothing_changed_says_so_and_keeps_the_output()
    {
        Assert.Equal(0, CliRunner.Run(_folder.Path, "build").ExitCode);
        Assert.True(File.Exists(_folder.Join(".output.cache", BuildCache.RecordFile)));
        var written = File.GetLastWriteTimeUtc(_folder.Join("output", "index.html"));

        var again = CliRunner.Run(_folder.Path, "build");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("sitegen build: up to date: nothing changed since the last build, output left as it was", again.StdOut, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(_folder.Join("output", "index.html")));
    }

    [Fact]
    public void No_cache_builds_everything_and_keeps_no_cache()
    {
        Assert.Equal(0, CliRunner.Run(_folder.Path, "build", "--no-cache").ExitCode);
        var again = CliRunner.Run(_folder.Path, "build", "--no-cache");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("5 pages written to output", again.StdOut, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Join(".output.cache")));
    }

    [Fact]
    public void Cache_names_the_folder_and_cannot_be_combined_with_no_cache()
    {
        Assert.Equal(0, CliRunner.Run(_folder.Path, "build", "--cache", "build-cache").ExitCode);
        Assert.True(File.Exists(_folder.Join("build-cache", BuildCache.RecordFile)));
        Assert.False(Directory.Exists(_folder.Join(".output.cache")));

        var both = CliRunner.Run(_folder.Path, "build", "--cache", "build-cache", "--no-cache");

        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--cache 和 --no-cache 不能同时使用", both.StdErr, StringComparison.Ordinal);
    }
}
