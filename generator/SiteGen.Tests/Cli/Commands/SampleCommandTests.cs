using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Commands;

public sealed partial class SampleCommandTests
{
    [Theory]
    [InlineData("sample")]
    [InlineData("sample", "--output", "x", "--departments", "0")]
    [InlineData("sample", "--output", "x", "--departments", "ten")]
    [InlineData("sample", "--output", "x", "--years", "31")]
    [InlineData("sample", "--output", "x", "--seed", "1.5")]
    [InlineData("sample", "--output", "x", "--colour")]
    public void Bad_options_exit_2_with_a_message_and_write_nothing(params string[] args)
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sitegen: ", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_folder_with_other_files_is_refused_with_exit_2()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Join("notes.txt"), "mine");

        var result = CliRunner.Run(folder.Path, "sample", "--output", ".", "--departments", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--force", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(folder.Join("notes.txt")));
    }

    [Fact]
    public void Sample_then_check_reports_valid_content()
    {
        using var folder = new TempFolder();

        var sample = CliRunner.Run(folder.Path, "sample", "--departments", "4", "--years", "3", "--seed", "3", "--output", "content");
        var check = CliRunner.Run(folder.Path, "check");

        Assert.Equal(0, sample.ExitCode);
        Assert.StartsWith("sitegen sample: 12 disclosures (4 departments × 3 years)", sample.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("content is valid; ", check.StdOut, StringComparison.Ordinal);
        Assert.Contains(" 0 errors", check.StdOut, StringComparison.Ordinal);
        // The only warnings are the self-evaluations' published scores that differ from the rules' (SG3303, on purpose).
        var warnings = (check.StdOut + check.StdErr).Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).ToList();
        Assert.All(warnings, w => Assert.Contains(" warning SG3303: ", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Targets_only_writes_the_same_target_files_and_no_follow_up_of_the_year()
    {
        using var folder = new TempFolder();

        var full = CliRunner.Run(folder.Path, "sample", "--departments", "3", "--years", "3", "--output", "full");
        var targets = CliRunner.Run(folder.Path, "sample", "--departments", "3", "--years", "3", "--targets-only", "--output", "targets");

        Assert.Equal(0, full.ExitCode);
        Assert.Equal(0, targets.ExitCode);
        string[] Files(string name) => [.. Directory.GetFiles(folder.Join(name), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Join(name), f)).Order(StringComparer.Ordinal)];
        bool FollowUp(string path) => !path.StartsWith(".schema", StringComparison.Ordinal) && (path.Contains("evaluation", StringComparison.Ordinal) || path.Contains("monitoring", StringComparison.Ordinal));
        Assert.Contains(Files("full"), FollowUp);
        Assert.DoesNotContain(Files("targets"), FollowUp);
        Assert.Equal(Files("full").Where(f => !FollowUp(f)), Files("targets"));
        Assert.All(Files("targets"), f => Assert.Equal(File.ReadAllBytes(Path.Join(folder.Join("full"), f)), File.ReadAllBytes(Path.Join(folder.Join("targets"), f))));
        Assert.Equal(0, CliRunner.Run(folder.Path, "check", "--content", "targets").ExitCode);
    }

    [Fact]
    public void Build_with_timings_prints_one_line_per_stage_after_the_summary()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        folder.CopyFrom(RepoPaths.Templates, "templates");

        var result = CliRunner.Run(folder.Path, "build", "--timings");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.TrimEnd('\n').Split('\n');
        Assert.StartsWith("sitegen build: 5 pages written", lines[0], StringComparison.Ordinal);
        Assert.Equal(["cache", "scan", "load", "templates", "plan", "pages", "assets", "data", "search", "feeds", "links", "publish"], lines.Skip(1).Select(l => l.Split(' ')[1]));

        // Each stage of the build proper gives its costs; the process's peak so far never falls from one stage to the next.
        var costs = lines.Skip(2).Select(l => StageLine().Match(l)).ToList();
        Assert.All(costs, m => Assert.True(m.Success, m.Value));
        var peaks = costs.Select(m => int.Parse(m.Groups["peak"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(peaks[0] > 0);
        Assert.Equal(peaks.Order(), peaks);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^stage [a-z]+ \d+\.\d{3} s cpu \d+\.\d{3} s alloc \d+ MB heap \d+ MB peak (?<peak>\d+) MB$")]
    private static partial System.Text.RegularExpressions.Regex StageLine();
}
