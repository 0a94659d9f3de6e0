using System.Text.RegularExpressions;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Commands;

/// <summary>
/// The progress of a long build on stderr. SITEGEN_PROGRESS=0,20 shows it from the start, every 20 ms, so a small
/// sample shows lines without a long build; when and how many lines appear is not asserted, only what they say.
/// </summary>
public sealed partial class BuildProgressTests
{
    private static readonly Dictionary<string, string> ShowAtOnce = new() { ["SITEGEN_PROGRESS"] = "0,20" };

    [Fact]
    public void With_stderr_in_a_file_progress_is_plain_lines_naming_the_stage_and_the_count()
    {
        using var folder = SampleSite();

        var result = CliRunner.Run(folder.Path, ShowAtOnce, "build");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(ProgressLine(), line));
        Assert.DoesNotContain('\r', result.StdErr);
        Assert.DoesNotContain('\u001b', result.StdErr); // no terminal control codes in a log
        Assert.Contains(lines, line => CountedLine().IsMatch(line));
        Assert.Matches(@"^sitegen build: \d+ pages written to output; 0 warnings, 0 errors in [0-9.]+ s\n$", result.StdOut); // stdout as without progress
    }

    [Fact]
    public void Quiet_shows_no_progress_and_builds_the_same_site()
    {
        using var folder = SampleSite();

        var shown = CliRunner.Run(folder.Path, ShowAtOnce, "build", "--output", "shown");
        var quiet = CliRunner.Run(folder.Path, ShowAtOnce, "build", "--output", "quiet", "--quiet");

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.StdErr);
        Assert.NotEqual("", shown.StdErr);
        Assert.Equal(File.ReadAllText(folder.Join("shown/sitegen-manifest.json")), File.ReadAllText(folder.Join("quiet/sitegen-manifest.json")));
    }

    private static TempFolder SampleSite()
    {
        var folder = new TempFolder();
        // One year: the sample evaluates every year but the last, and its stated scores draw SG3303 warnings,
        // which would stand among the progress lines on stderr.
        var sample = CliRunner.Run(folder.Path, "sample", "--departments", "8", "--years", "1", "--seed", "2", "--output", "content");
        Assert.Equal(0, sample.ExitCode);
        return folder;
    }

    // sitegen build: pages 12/17 (70%), 340/s, about 1 s left — or a stage that does not count: sitegen build: scan…
    [GeneratedRegex(@"^sitegen build: [a-z]+(…| \d+/\d+ \(\d+%\)(, \d+/s, about \d+ s left)?)$")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"^sitegen build: (load|pages|data|search|feeds|assets) \d+/\d+ \(\d+%\)")]
    private static partial Regex CountedLine();
}
