using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// The fictional evaluation of the seed's projects, built by the real command: the disclosure page shows, for all 18
/// indicators, the published target, the actual and the score, met or not in words, and each project's total and grade.
/// </summary>
public sealed partial class SeedEvaluationPageTests
{
    [Fact]
    public void The_disclosure_page_shows_target_actual_and_score_for_all_18_indicators()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        var disclosure = Directory.GetParent(Directory.EnumerateFiles(site.Join("content"), ContentLoader.DisclosureFileName, SearchOption.AllDirectories).Single())!.FullName;
        site.CopyFrom(Path.Join(RepoPaths.Golden, "Evaluation", "evaluation"), Path.GetRelativePath(site.Path, Path.Join(disclosure, ContentLoader.EvaluationFolderName)));
        site.CopyFrom(RepoPaths.Templates, "templates");

        var result = CliRunner.Run(site.Path, "build");

        Assert.Equal(0, result.ExitCode);
        var page = File.ReadAllText(Directory.EnumerateFiles(site.Join("output"), "index.html", SearchOption.AllDirectories).Single(f => File.ReadAllText(f).Contains("绩效指标完成情况", StringComparison.Ordinal)));
        var rows = EvaluationRows().Matches(page).Select(m => Cells().Matches(m.Value).Select(c => Regex.Replace(c.Groups[1].Value, "<[^>]+>", "").Trim()).ToList()).ToList();
        Assert.Equal(18, rows.Count);
        var projectFiles = Directory.EnumerateFiles(Path.Join(disclosure, "projects"), "*.yml").Order(StringComparer.Ordinal).ToList();
        var targets = projectFiles.SelectMany(f => TargetLine().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Trim())).ToList();
        Assert.Equal(18, targets.Count);
        for (var i = 0; i < 18; i++)
        {
            Assert.StartsWith(System.Net.WebUtility.HtmlEncode(targets[i]), rows[i][2], StringComparison.Ordinal); // the published target, as written
            Assert.Matches(@"^\d+\.\d\d", rows[i][4]); // 分值
            Assert.Matches(@"^\d+\.\d\d", rows[i][5]); // 得分
            Assert.Matches("^(✓ 完成|✗ 未完成)$", rows[i][6]); // in words, not by colour alone
        }

        Assert.Equal(["200篇", "90百分比", "3次", "365天", "35万", "96百分比"], rows.Take(6).Select(r => r[3]));
        Assert.Equal("14.50", rows[0][5]);
        Assert.Contains("与年初目标不一致", rows[3][2], StringComparison.Ordinal);
        Assert.Contains("调整为 ≥80百分比", rows[14][2], StringComparison.Ordinal);
        foreach (var (total, grade) in new[] { ("88.78", "良"), ("99.00", "优"), ("96.50", "优") })
        {
            Assert.Contains($"<td class=\"amount\">{total}</td>\n<td>{grade}</td>", page, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"<tr>\s*<td>[^<]*</td>\s*<th scope=""row"">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex EvaluationRows();

    [GeneratedRegex(@"<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex Cells();

    [GeneratedRegex(@"^    target: (.+)$", RegexOptions.Multiline)]
    private static partial Regex TargetLine();
}
