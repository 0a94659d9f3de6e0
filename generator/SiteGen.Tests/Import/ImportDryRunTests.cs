using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary><c>sitegen import --dry-run</c> shows what would be written and writes nothing; <c>--report</c> says what was recognised and left out.</summary>
public sealed class ImportDryRunTests
{
    [Fact]
    public void A_dry_run_prints_every_file_and_its_YAML_and_writes_nothing_and_the_report_lists_what_was_left_out()
    {
        using var folder = new TempFolder();
        var lines = SeedText.Lines.ToList();
        var codeRow = SeedText.LineOf("\t项目编码") - 1;
        lines.InsertRange(codeRow, ["\t备注栏", "\t无", ""]);
        var path = SeedText.Write(folder, string.Join('\n', lines));

        var result = CliRunner.Run(folder.Path, "import", "--dry-run", "--report", path, "--output", "content");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(folder.Join("content")), "a dry run writes nothing");
        Assert.Contains($"=== {Path.Join("content", "2020")}", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("disclosure.yml\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("  target: ≥3000条\n", result.StdOut.Replace("    target", "  target", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"report: {path} (UTF-8)", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("  recognised: 3 projects", result.StdOut, StringComparison.Ordinal);
        Assert.Contains($"({codeRow + 1},2) SG7102: 项目表中的单元格 “备注栏” 无法识别，没有导入", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("dry run:", result.StdOut, StringComparison.Ordinal);
    }
}
