using SiteGen.Content;
using SiteGen.Content.Mistakes;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content.Mistakes;

/// <summary>
/// Each mistake people make in YAML, at the character where it is; and text that looks like one but is valid content
/// (a full-width colon in prose, <c>-5</c>, a URL, Markdown in a block), which must read as it did.
/// </summary>
public sealed class YamlMistakesTests
{
    private static IReadOnlyList<Diagnostic> Find(string yaml)
    {
        var bag = new DiagnosticBag();
        YamlMistakes.Find(yaml, "f.yml", bag);
        return bag.Sorted();
    }

    [Theory]
    [InlineData("code: x\nbudget:\n  total: 12.50\n\tfiscal: 10.00\n", 4, 1, "SG1012", "Tab")]
    [InlineData("budget:\n  \ttotal: 1\n", 2, 3, "SG1012", "Tab")]
    [InlineData("name: 值\n\t# 注释\n", 2, 1, "SG1012", "Tab")]
    [InlineData("code: x\nname：示例\n", 2, 5, "SG1013", "“：”")]
    [InlineData("title：临西县\n", 1, 6, "SG1013", "“：”")]
    [InlineData("indicators:\n  - level1：产出指标\n", 2, 11, "SG1013", "“：”")]
    [InlineData("name ：示例\n", 1, 6, "SG1013", "“：”")]
    [InlineData("code: x\nname:　示例\n", 2, 6, "SG1014", "全角空格")]
    [InlineData("budget:\n　 total: 1\n", 2, 1, "SG1014", "全角空格")]
    [InlineData("code: “224002”\n", 1, 7, "SG1015", "中文引号（“）")]
    [InlineData("name: “注意: 这里”\n", 1, 7, "SG1015", "中文引号")]
    [InlineData("“code”: x\n", 1, 1, "SG1015", "中文引号")]
    [InlineData("description: 注意: 见附件\n", 1, 16, "SG1022", "“: ”")]
    [InlineData("indicators:\n  - name: 数量: 个\n", 2, 13, "SG1022", "“: ”")]
    [InlineData("goals: [第一，第二]\n", 1, 11, "SG1016", "“，”")]
    [InlineData("goals:\n  -第一条\n", 2, 3, "SG1017", "“-”")]
    [InlineData("goals:\n  - 第一条\n  -第二条\n", 3, 3, "SG1017", "“-”")]
    [InlineData("code: x\nname:示例\n", 2, 5, "SG1018", "冒号“:”")]
    [InlineData("base_url:https://www.example.gov.cn/\n", 1, 9, "SG1018", "冒号“:”")]
    [InlineData("indicators:\n  - level1:产出指标\n", 2, 11, "SG1018", "冒号“:”")]
    [InlineData("goals:\n  - 第一条\n   - 第二条\n", 3, 4, "SG1019", "第 3 列")]
    [InlineData("goals:\n  - 第一条\n - 第二条\nname: x\n", 3, 2, "SG1019", "第 3 列")]
    [InlineData("indicators:\n  - level1: 产出指标\n    level2: 数量指标\n   - level1: 效益指标\n", 4, 4, "SG1019", "第 3 列")]
    [InlineData("indicators:\n  - level1: 产出指标\n    level2: 数量指标\n    - level1: 效益指标\n", 4, 5, "SG1019", "第 3 列")]
    [InlineData("target: *不低于90%\n", 1, 9, "SG1005", "“*”")]
    [InlineData("goals:\n  - **加粗**开头\n", 2, 5, "SG1005", "“*”")]
    [InlineData("name: &示例\n", 1, 7, "SG1005", "“&”")]
    [InlineData("name: !重要\n", 1, 7, "SG1005", "“!”")]
    [InlineData("target: %90\n", 1, 9, "SG1020", "“%”")]
    [InlineData("name: @县委\n", 1, 7, "SG1020", "“@”")]
    [InlineData("name: `代码`\n", 1, 7, "SG1020", "“`”")]
    [InlineData("name: {示例}\n", 1, 7, "SG1020", "“{”")]
    [InlineData("indicators:\n  - name: 数量\n   target2 ≥2\n    target: ≥2\n", 3, 11, "SG1021", "冒号“:”")]
    [InlineData("name: 一个很长的\n名字\n", 2, 1, "SG1021", "“: ”")]
    [InlineData("goals: [第一,\n  第二，第三]\n", 2, 5, "SG1016", "“，”")]
    public void A_mistake_is_reported_at_its_own_character_with_the_character_named(string yaml, int line, int column, string code, string named)
    {
        var diagnostic = Assert.Single(Find(yaml));

        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Theory]
    [InlineData("description: 说明：见附件\n")]
    [InlineData("goals:\n  - 注：以上目标按季度考核。\n")]
    [InlineData("target: -5\n")]
    [InlineData("percent: -5.00\n")]
    [InlineData("base_url: https://www.example.gov.cn/xxgk/jxmb/\n")]
    [InlineData("items:\n  - https://www.example.gov.cn/\n  - mailto:xxgk@example.gov.cn\n")]
    [InlineData("purpose: |\n  用于*强调*和 **加粗**：见下表，\t含 Tab\n  - 不是列表\n  name：不是字段\n")]
    [InlineData("intro: >-\n    第一段：“十四五”期间，\n    第二段。\n")]
    [InlineData("name: “十四五”规划项目\n")]
    [InlineData("name: 《条例》，“清朗”行动：全面完成。\n")]
    [InlineData("name: 一个很长的\n  名字：接着写\n  -也是名字\n")]
    [InlineData("goals:\n- 第一条\n- 第二条\nname: x\n")]
    [InlineData("sub_goals:\n  - title: 一\n    items:\n      - 甲\n      - 乙\n  - title: 二\n    items:\n    - 丙\n")]
    [InlineData("code: \"224002\"\nname: '含有: 冒号'\nnote: \"跨\n  行：的值\"\n")]
    [InlineData("# yaml-language-server: $schema=../.schema/site.schema.json\ntitle: 临西县  # 注释：可以有全角冒号\n")]
    [InlineData("goals: [第一, 第二]\n")]
    [InlineData("goals: [第一,\n  第二]\nname: x\n")]
    [InlineData("description:\n  本栏目公开\n  预算绩效目标：\nname: x\n")]
    [InlineData("goals:\n  -\n    第一条\n")]
    [InlineData("goals:\n  - 注意: 这是一个键值对的列表项\nnote: 比例 1:2，时间 6:30\n")]
    [InlineData("checkpoint: 6:30\n")]
    [InlineData("a:\tx\n")]
    [InlineData("a: x\r\nb:\r\n  - y\r\n")]
    public void Valid_content_that_looks_like_a_mistake_is_not_reported(string yaml)
    {
        Assert.Empty(Find(yaml));
        var bag = new DiagnosticBag();
        Assert.NotNull(YamlReader.Read(yaml, "f.yml", bag));
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
    }

    [Fact]
    public void Every_mistake_of_a_file_is_reported_one_per_line()
    {
        var diagnostics = Find("title：x\nauthority:y\n\tbase_url: z\n");

        Assert.Equal(["SG1013 f.yml(1,6)", "SG1018 f.yml(2,10)", "SG1012 f.yml(3,1)"], diagnostics.Select(d => $"{d.Code} {d.Location}"));
    }

    [Fact]
    public void Lines_are_counted_as_YAML_counts_them_with_CRLF_and_lone_CR()
    {
        Assert.Equal(3, Assert.Single(Find("a: 1\r\nb: 2\r\nc：3\r\n")).Location.Line);
        Assert.Equal(3, Assert.Single(Find("a: 1\rb: 2\rc：3\r")).Location.Line);
    }

    [Fact]
    public void A_file_with_a_mistake_is_not_parsed_so_YamlDotNet_adds_no_second_vaguer_report()
    {
        var bag = new DiagnosticBag();

        var root = YamlReader.Read("code: x\nname：示例\nyear: 1\n", "f.yml", bag);

        Assert.Null(root);
        Assert.Equal("SG1013", Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void A_syntax_error_it_does_not_know_is_explained_in_Chinese_before_YamlDotNet_s_text()
    {
        var bag = new DiagnosticBag();

        YamlReader.Read("code: x\nname: \"未闭合\n", "f.yml", bag);

        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal("SG1003", diagnostic.Code);
        Assert.Matches("^YAML 语法错误：引号或括号没有配对.*（解析器原文：.*end of stream.*）$", diagnostic.Message);
    }
}
