using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

/// <summary>Whatever text the content writer writes as a YAML scalar reads back as exactly that text.</summary>
public sealed class YamlScalarsTests
{
    [Theory]
    [InlineData("224002")]
    [InlineData("10.00")]
    [InlineData("true")]
    [InlineData("no")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("2020-01-01")]
    [InlineData("1:30")]
    [InlineData("0x1F")]
    [InlineData(">=20平方米")]
    [InlineData("<2次（被入侵的次数）")]
    [InlineData("- 列表")]
    [InlineData("# 注释")]
    [InlineData("键: 值")]
    [InlineData("值 #不是注释")]
    [InlineData("'单引号'")]
    [InlineData("\"双引号\"")]
    [InlineData("反斜杠\\n")]
    [InlineData("*粗体*")]
    [InlineData("&锚点")]
    [InlineData("!标签")]
    [InlineData("%指令")]
    [InlineData("@at")]
    [InlineData("`反引号`")]
    [InlineData("{花括号}")]
    [InlineData("[方括号]")]
    [InlineData("结尾冒号:")]
    [InlineData(" 前导空格")]
    [InlineData("制表\t符")]
    [InlineData("控制\u0001字符")]
    [InlineData("行\u2028分隔")]
    [InlineData("≥230篇（更新新闻篇数）")]
    [InlineData("224-0603-YBN-W8XP")]
    public void A_scalar_reads_back_as_the_same_text(string value)
    {
        Assert.Equal(value, ReadBack($"key: {YamlScalars.Scalar(value)}\n"));
    }

    [Theory]
    [InlineData("10.00", "10.00")]
    [InlineData("-3", "-3")]
    [InlineData("10,00", "\"10,00\"")]
    [InlineData("１０", "\"１０\"")]
    public void An_amount_stays_plain_only_when_it_is_a_plain_decimal(string value, string written)
    {
        Assert.Equal(written, YamlScalars.AmountScalar(value));
        Assert.Equal(value, ReadBack($"key: {written}\n"));
    }

    private static string ReadBack(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = Assert.IsType<YamlMapping>(YamlReader.Read(yaml, "test.yml", diagnostics));
        Assert.Empty(diagnostics.Sorted());
        return Assert.IsType<YamlScalar>(root.Entries.Single().Value).Value;
    }
}
