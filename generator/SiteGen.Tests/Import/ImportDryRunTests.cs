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

    [Fact]
    public void The_report_of_a_department_self_evaluation_form_counts_its_rows_not_projects_it_has_none_of()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        File.WriteAllText(folder.Join("部门自评表.txt"), string.Join('\n',
            "部门整体支出绩效自评表",
            "（2020年度）",
            "| 部门名称 | 中共临西县委网络安全和信息化委员会办公室 |",
            "| 一级指标 | 二级指标 | 三级指标 | 年初目标值 | 全年实际完成值 | 分值 | 得分 |",
            "| 部门管理 | 资金投入 | 基本支出预算执行率 | ≥95% | 98.6% | 50 | 50 |",
            "| 履职效能 | 重点工作 | 重点工作完成率 | =100% | 95% | 50 | 47.5 |") + "\n");

        var result = CliRunner.Run(folder.Path, "import", "--dry-run", "--report", "部门自评表.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  recognised: 部门整体支出绩效自评表, 2 indicators\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("dry run: 1 file would be written", result.StdOut, StringComparison.Ordinal);
    }
}
