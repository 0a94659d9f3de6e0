using System.Text;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>
/// What real documents do differently from the seed. Each variant is made from the seed here, imported,
/// and compared with the bundled content (which is the seed imported) or checked for the one thing it changes.
/// </summary>
public sealed class ImportVariantTests
{
    static ImportVariantTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    [Theory]
    [InlineData("crlf")]
    [InlineData("bom")]
    [InlineData("half-width punctuation")]
    [InlineData("gb18030")]
    [InlineData("utf-16")]
    public void Variants_that_only_change_the_form_import_to_the_bundled_content(string variant)
    {
        using var folder = new TempFolder();
        var path = variant switch
        {
            "crlf" => SeedText.Write(folder, SeedText.Text.ReplaceLineEndings("\r\n")),
            "bom" => SeedText.Write(folder, SeedText.Text, new UTF8Encoding(true)),
            "half-width punctuation" => SeedText.Write(folder, SeedText.Text
                .Replace("单位：", "单位:", StringComparison.Ordinal)
                .Replace("其中：", "其中:", StringComparison.Ordinal)
                .Replace("资金支出计划（%）", "资金支出计划(%)", StringComparison.Ordinal)),
            "gb18030" => SeedText.Write(folder, SeedText.Text, Gb18030),
            _ => SeedText.Write(folder, SeedText.Text, new UnicodeEncoding(false, true)),
        };

        var run = ImportRun.Of(folder, path);

        Assert.True(run.Result.Succeeded, run.Report);
        GoldenFiles.AssertSameFiles(SeedText.BundledDisclosure, run.DisclosureFolder);
    }

    [Fact]
    public void A_GBK_file_is_detected_and_the_report_says_how_it_was_read()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Templates, "templates");
        var path = SeedText.Write(folder, SeedText.Text, Gb18030);

        var result = CliRunner.Run(folder.Path, "import", path, "--year", "2020");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(GB18030)", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', File.ReadAllText(Directory.EnumerateFiles(folder.Join("content"), "disclosure.yml", SearchOption.AllDirectories).Single()));
    }

    [Fact]
    public void Forcing_UTF8_on_a_GBK_file_stops_at_the_first_bad_byte_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var path = SeedText.Write(folder, SeedText.Text, Gb18030);

        var result = CliRunner.Run(folder.Path, "import", path, "--encoding", "utf-8");

        Assert.Equal(1, result.ExitCode);
        // The seed's first line starts with a space, so the first GBK byte is in column 2.
        Assert.Matches(@"000_023f989943ff03a5\.txt\(1,2\): error SG7002: .*0xB5", result.StdErr);
        Assert.False(Directory.Exists(folder.Join("content")));
    }

    [Theory]
    [InlineData(">=230篇（更新新闻篇数）")]
    [InlineData("大于等于230篇（更新新闻篇数）")]
    [InlineData("≥ 230 篇 (更新新闻篇数)")]
    public void Targets_keep_the_operator_and_punctuation_the_document_used(string target)
    {
        using var folder = new TempFolder();
        var path = SeedText.Write(folder, SeedText.Text.Replace("≥230篇（更新新闻篇数）", target, StringComparison.Ordinal));

        var run = ImportRun.Of(folder, path);

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Contains($"    target: {(target.StartsWith('>') ? $"\"{target}\"" : target)}\n", run.Project(1), StringComparison.Ordinal);
        Assert.Single(run.Result.Diagnostics); // only the year note: the check accepts the target as written
    }

    [Fact]
    public void Amounts_in_yuan_set_the_money_unit_and_keep_their_text()
    {
        using var folder = new TempFolder();
        var text = SeedText.Text.Replace("单位：万元", "单位：元", StringComparison.Ordinal)
            .Replace("\t10.00\n", "\t100000.00\n", StringComparison.Ordinal);
        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Contains("money_unit: 元\n", run.Yaml("disclosure.yml"), StringComparison.Ordinal);
        Assert.Contains("budget:\n  total: 100000.00\n  fiscal: 100000.00\n  other:\n", run.Project(1), StringComparison.Ordinal);
    }

    [Fact]
    public void A_2021_document_with_cost_indicators_as_first_level_uses_the_2021_framework()
    {
        using var folder = new TempFolder();
        var text = "临西县委网信办2021年部门预算绩效目标\n\n" + SeedText.Text
            .Replace("\t产出指标\n\t数量指标\n\t网络客户端更新新闻数量", "\t成本指标\n\t经济成本指标\n\t网络客户端更新新闻数量", StringComparison.Ordinal)
            .Replace("\t\n\t时效指标\n\t新闻发布的完成率", "\t产出指标\n\t时效指标\n\t新闻发布的完成率", StringComparison.Ordinal);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Contains("year: 2021\nframework: 2021\n", run.Yaml("disclosure.yml"), StringComparison.Ordinal);
        Assert.Contains("  - level1: 成本指标\n    level2: 经济成本指标\n", run.Project(1), StringComparison.Ordinal);
        Assert.Empty(run.Codes("SG7104")); // the title states the year
    }

    [Fact]
    public void A_project_without_a_spending_plan_has_no_spending_plan_key_and_still_passes_the_check()
    {
        using var folder = new TempFolder();
        var start = SeedText.LineOf("\t224-0603-YBN-9VTI");
        var plan = Array.FindIndex(SeedText.Lines, start, l => l.StartsWith("\t资金支出计划", StringComparison.Ordinal)) + 1;
        var text = SeedText.WithoutLines(plan, plan + 11);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.DoesNotContain("spending_plan", run.Project(2), StringComparison.Ordinal);
        Assert.Contains("spending_plan", run.Project(1), StringComparison.Ordinal);
    }

    [Fact]
    public void Twelve_projects_get_numbered_file_names_that_sort_in_document_order()
    {
        using var folder = new TempFolder();
        var projectOne = SeedText.LineOf("1、临西新闻网平台维护费绩效目标表");
        var projectTwo = SeedText.LineOf("2、网络舆情监控软件费绩效目标表");
        var table = string.Join('\n', SeedText.Lines[(projectOne - 1)..(projectTwo - 1)]);
        var copies = Enumerable.Range(4, 9).Select(n => table
            .Replace("1、临西新闻网平台维护费", $"{n}、复制项目{n}", StringComparison.Ordinal)
            .Replace("224-0603-YBN-W8XP", $"224-0603-COPY-{n:00}", StringComparison.Ordinal)
            .Replace("临西新闻网平台维护费", $"复制项目{n}", StringComparison.Ordinal));
        var text = SeedText.Text.TrimEnd() + "\n\n" + string.Join('\n', copies);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        var names = Directory.EnumerateFiles(Path.Join(run.DisclosureFolder, "projects")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(12, names.Count);
        Assert.Equal("01-临西新闻网平台维护费.yml", names[0]);
        Assert.Equal("12-复制项目12.yml", names[^1]);
    }

    [Fact]
    public void A_placeholder_target_is_imported_as_written_and_the_check_points_at_its_yaml_line()
    {
        using var folder = new TempFolder();
        var run = ImportRun.Of(folder, SeedText.Write(folder, SeedText.Text.Replace("≥3000条", "≥**条", StringComparison.Ordinal)));

        Assert.False(run.Result.Succeeded);
        var error = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG3003");
        var yamlLines = File.ReadAllLines(error.Location.Path);
        Assert.Equal("    target: ≥**条", yamlLines[error.Location.Line - 1]);
    }

    [Fact]
    public void Markdown_characters_in_prose_are_escaped_so_the_page_shows_the_source_text()
    {
        using var folder = new TempFolder();
        var text = SeedText.Text.Replace("1、利用网络客户端宣传", "1、*重点* 利用<网络>客户端宣传", StringComparison.Ordinal);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Contains(@"  - \*重点\* 利用\<网络>客户端宣传", run.Project(1), StringComparison.Ordinal);
    }
}
