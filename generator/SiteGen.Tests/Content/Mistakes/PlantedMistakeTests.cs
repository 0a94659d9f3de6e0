using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Content.Mistakes;

/// <summary>
/// Each YAML mistake people make, planted in a copy of the bundled content (content/) by changing one line, must be
/// reported by `sitegen check` at the line and column of the character that is wrong, with a message that names it;
/// and no diagnostic may point at the start of a file (1,1) unless that is where the mistake is.
/// </summary>
public sealed class PlantedMistakeTests
{
    private const string Disclosure = "2020/224002-中共临西县委网络安全和信息化委员会办公室/disclosure.yml";
    private const string Project = "2020/224002-中共临西县委网络安全和信息化委员会办公室/projects/1-临西新闻网平台维护费.yml";

    /// <param name="line">The line to change, as it is in the bundled file.</param>
    /// <param name="planted">What it becomes.</param>
    /// <param name="at">The wrong character: the mistake must be reported at its first occurrence in the planted line.</param>
    /// <param name="named">What the message must say (the character, as the message names it).</param>
    public sealed record Mistake(string Name, string File, string Line, string Planted, string At, string Code, string Named)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Mistake> Mistakes() =>
    [
        new("tab in indentation", Project, "  fiscal: 10.00", "\tfiscal: 10.00", "\t", "SG1012", "Tab"),
        new("full-width colon after a key", Project, "    level2: 时效指标", "    level2：时效指标", "：", "SG1013", "全角冒号“：”"),
        new("full-width space after a key", "site.yml", "authority: 临西县财政局", "authority:　临西县财政局", "　", "SG1014", "全角空格“　”"),
        new("full-width quotes where YAML quotes are meant", Disclosure, "  code: \"224002\"", "  code: “224002”", "“", "SG1015", "中文引号（“）"),
        new("Chinese comma in a [ ] list", Project, "  - 利用网络客户端宣传习近平新时代中国特色社会主义思想，弘扬社会正能量，达到践行网上群众路线的目标。",
            "  - [宣传，引导]", "，", "SG1016", "中文逗号“，”"),
        new("a list item without a space after -", Disclosure, "    - 提升信息化工作水平。组织开展信息化工作调研，撰写推进全县信息化发展专题调研报告。",
            "    -提升信息化工作水平。", "-", "SG1017", "“-”后面没有空格"),
        new("a key without a space after :", Project, "    target: ≥230篇（更新新闻篇数）", "    target:≥230篇（更新新闻篇数）", ":", "SG1018", "冒号“:”后面没有空格"),
        new("a list item out of line with its list", Project, "  - checkpoint: 6月底", "   - checkpoint: 6月底", "-", "SG1019", "“-”在第 4 列"),
        new("a value starting with *", Project, "    target: <2次（被入侵的次数）", "    target: *2次", "*", "SG1005", "“*”"),
        new("a value starting with &", Project, "    name: 网络客户端更新新闻数量", "    name: &网络客户端", "&", "SG1005", "“&”"),
        new("a value starting with !", Project, "    name: 新闻发布的完成率", "    name: !新闻发布", "!", "SG1005", "“!”"),
        new("a value starting with %", Project, "    target: ≥85百分比", "    target: %85", "%", "SG1020", "“%”"),
        new("a value starting with @", Disclosure, "  name: 中共临西县委网络安全和信息化委员会办公室", "  name: @县委网信办", "@", "SG1020", "“@”"),
        new("a value starting with `", Project, "    description: 一年内网络客户端更新新闻数", "    description: `更新`新闻数", "`", "SG1020", "“`”"),
        new("a value starting with {", Project, "    description: 一年新闻发布任务完成情况", "    description: {发布}完成情况", "{", "SG1020", "“{”"),
        new("a key without its colon", "site.yml", "language: zh-CN", "language zh-CN", " ", "SG1021", "缺少英文冒号“:”"),
        new("a colon and space inside a value", Project, "    description: 一年内网络客户端受入侵次数", "    description: 入侵: 次数", ": 次", "SG1022", "“: ”"),
        new("a mistake on the first line, at (1,1)", "site.yml", "# yaml-language-server: $schema=.schema/site.schema.json", "-title: 临西县", "-", "SG1017", "“-”后面没有空格"),
    ];

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_planted_mistake_is_reported_at_its_character_and_names_it(Mistake mistake)
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        var file = site.Join("content", mistake.File);
        var lines = File.ReadAllText(file).Split('\n');
        var index = Array.IndexOf(lines, mistake.Line);
        Assert.True(index >= 0, $"{mistake.File} has no line “{mistake.Line}”");
        lines[index] = mistake.Planted;
        File.WriteAllText(file, string.Join('\n', lines));
        var expected = $"content/{mistake.File}({index + 1},{mistake.Planted.IndexOf(mistake.At, StringComparison.Ordinal) + 1})";

        var result = CliRunner.Run(site.Path, "check");

        var errors = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = Assert.Single(errors);
        Assert.StartsWith($"{expected}: error {mistake.Code}: ", error, StringComparison.Ordinal);
        Assert.Contains(mistake.Named, error[error.IndexOf(mistake.Code, StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.True(expected.EndsWith("(1,1)", StringComparison.Ordinal) || !error.Contains("(1,1)", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
    }
}
