using System.Globalization;
using System.Text;
using SiteGen.Model.Targets;

namespace SiteGen.Tests.Model.Targets;

public sealed class TargetValueParserTests
{
    // Columns: input, operator, operator as written, number (invariant, with the expected scale),
    // number as written, magnitude, unit, note.
    [Theory]
    // Every form DOMAIN.md lists.
    [InlineData("≥230篇", "≥", "≥", "230", "230", null, "篇", null)]
    [InlineData("≥85百分比", "≥", "≥", "85", "85", null, "百分比", null)]
    [InlineData("<2次", "<", "<", "2", "2", null, "次", null)]
    [InlineData("≥30万（阅读量）", "≥", "≥", "30", "30", "万", null, "阅读量")]
    [InlineData(">=20平方米", "≥", ">=", "20", "20", null, "平方米", null)]
    [InlineData("<=475元/亩", "≤", "<=", "475", "475", null, "元/亩", null)]
    [InlineData("≥100%", "≥", "≥", "100", "100", null, "%", null)]
    [InlineData("=100%", "=", "=", "100", "100", null, "%", null)]
    [InlineData("大于等于10157.6平方米", "≥", "大于等于", "10157.6", "10157.6", null, "平方米", null)]
    [InlineData("≤28.40/株", "≤", "≤", "28.40", "28.40", null, "/株", null)]
    // The seed.
    [InlineData("≥230篇（更新新闻篇数）", "≥", "≥", "230", "230", null, "篇", "更新新闻篇数")]
    [InlineData("<2次（被入侵的次数）", "<", "<", "2", "2", null, "次", "被入侵的次数")]
    [InlineData("≥360天（稳定运行的天数）", "≥", "≥", "360", "360", null, "天", "稳定运行的天数")]
    [InlineData("≥3000条", "≥", "≥", "3000", "3000", null, "条", null)]
    // Full-width and half-width alike.
    [InlineData("≥８５％", "≥", "≥", "85", "８５", null, "％", null)]
    [InlineData("≥230篇(更新新闻篇数)", "≥", "≥", "230", "230", null, "篇", "更新新闻篇数")]
    [InlineData("≥230篇（更新新闻篇数)", "≥", "≥", "230", "230", null, "篇", "更新新闻篇数")]
    [InlineData("＞＝20平方米", "≥", "＞＝", "20", "20", null, "平方米", null)]
    [InlineData("＜2次", "<", "＜", "2", "2", null, "次", null)]
    [InlineData("＞2次", ">", "＞", "2", "2", null, "次", null)]
    [InlineData("＝100%", "=", "＝", "100", "100", null, "%", null)]
    [InlineData("≧90%", "≥", "≧", "90", "90", null, "%", null)]
    [InlineData("≦3次", "≤", "≦", "3", "3", null, "次", null)]
    [InlineData("≤２８．４０/株", "≤", "≤", "28.40", "２８．４０", null, "/株", null)]
    // Worded operators.
    [InlineData("不低于90%", "≥", "不低于", "90", "90", null, "%", null)]
    [InlineData("不超过3次", "≤", "不超过", "3", "3", null, "次", null)]
    [InlineData("不高于5天", "≤", "不高于", "5", "5", null, "天", null)]
    [InlineData("不少于40份", "≥", "不少于", "40", "40", null, "份", null)]
    [InlineData("不多于2人", "≤", "不多于", "2", "2", null, "人", null)]
    [InlineData("至少3条", "≥", "至少", "3", "3", null, "条", null)]
    [InlineData("小于等于475元/亩", "≤", "小于等于", "475", "475", null, "元/亩", null)]
    [InlineData("大于0个", ">", "大于", "0", "0", null, "个", null)]
    [InlineData("小于2次", "<", "小于", "2", "2", null, "次", null)]
    [InlineData("等于100%", "=", "等于", "100", "100", null, "%", null)]
    // A bound written after the number.
    [InlineData("95%以上", "≥", "以上", "95", "95", null, "%", null)]
    [InlineData("3天以内", "≤", "以内", "3", "3", null, "天", null)]
    [InlineData("30万及以上（人次）", "≥", "及以上", "30", "30", "万", null, "人次")]
    // No operator, no unit.
    [InlineData("100%", null, null, "100", "100", null, "%", null)]
    [InlineData("12个", null, null, "12", "12", null, "个", null)]
    [InlineData("8.00", null, null, "8.00", "8.00", null, null, null)]
    [InlineData("≥5", "≥", "≥", "5", "5", null, null, null)]
    // Magnitudes; 万元 is a money unit, not 万 + 元.
    [InlineData("≥1.5亿", "≥", "≥", "1.5", "1.5", "亿", null, null)]
    [InlineData("≥2亿人次", "≥", "≥", "2", "2", "亿", "人次", null)]
    [InlineData("≥5万亩", "≥", "≥", "5", "5", "万", "亩", null)]
    [InlineData("≤10.00万元", "≤", "≤", "10.00", "10.00", null, "万元", null)]
    [InlineData("≤3亿元", "≤", "≤", "3", "3", null, "亿元", null)]
    // Whitespace around and between the parts (the = 100 % of three joined columns).
    [InlineData("  ≥ 230 篇 （ 更新新闻篇数 ） ", "≥", "≥", "230", "230", null, "篇", "更新新闻篇数")]
    [InlineData("= 100 %", "=", "=", "100", "100", null, "%", null)]
    [InlineData("\t≥\u300030\u3000万\n", "≥", "≥", "30", "30", "万", null, null)]
    [InlineData("\uFEFF≥95%\u200B", "≥", "≥", "95", "95", null, "%", null)]
    [InlineData("≥95%。", "≥", "≥", "95", "95", null, "%", null)]
    // Thousands separators, only with groups of exactly three digits.
    [InlineData("≥10,000人", "≥", "≥", "10000", "10,000", null, "人", null)]
    [InlineData("≥10，000人", "≥", "≥", "10000", "10，000", null, "人", null)]
    [InlineData("1,234,567.50元", null, null, "1234567.50", "1,234,567.50", null, "元", null)]
    // Other units, and notes with brackets inside.
    [InlineData("≥3个百分点", "≥", "≥", "3", "3", null, "个百分点", null)]
    [InlineData("≥99.9%（全年（含节假日））", "≥", "≥", "99.9", "99.9", null, "%", "全年（含节假日）")]
    [InlineData("≥-5%", "≥", "≥", "-5", "-5", null, "%", null)]
    public void Parses_quantitative_values(
        string input, string? op, string? opText, string number, string numberText, string? magnitude, string? unit, string? note)
    {
        var value = TargetValueParser.Parse(input);

        Assert.Equal(TargetKind.Quantitative, value.Kind);
        Assert.Equal(input, value.Text);
        Assert.Equal(op, value.Operator);
        Assert.Equal(opText, value.OperatorText);
        Assert.Equal(decimal.Parse(number, CultureInfo.InvariantCulture), value.Number);
        // The scale as written survives: 28.40 must not become 28.4.
        Assert.Equal(number, value.Number?.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(numberText, value.NumberText);
        Assert.Equal(magnitude, value.Magnitude);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(note, value.Note);
    }

    [Theory]
    [InlineData("达标", null)]
    [InlineData("良好", null)]
    [InlineData("效果明显", null)]
    [InlineData("优", null)]
    [InlineData("  有所提高。 ", null)]
    [InlineData("满意。", null)]
    [InlineData("达标（国家二级标准）", "国家二级标准")]
    [InlineData("合格(抽检)", "抽检")]
    public void Parses_known_grades_as_qualitative(string input, string? note)
    {
        var value = TargetValueParser.Parse(input);

        Assert.Equal(TargetKind.Qualitative, value.Kind);
        Assert.Equal(input, value.Text);
        Assert.Equal(note, value.Note);
        Assert.Null(value.Operator);
        Assert.Null(value.OperatorText);
        Assert.Null(value.Number);
        Assert.Null(value.NumberText);
        Assert.Null(value.Magnitude);
        Assert.Null(value.Unit);
        Assert.False(value.IsPercent);
        Assert.Null(value.ScaledNumber);
    }

    [Fact]
    public void Knows_every_grade_the_team_agreed_on()
    {
        string[] agreed =
        [
            "达标", "合格", "良好", "优秀", "优", "良", "中", "差", "高", "较高", "低", "较低", "好", "较好",
            "效果明显", "明显", "显著", "有所提高", "有所提升", "明显提升", "明显提高", "逐步提高", "稳步提升",
            "持续提升", "不断提高", "提高", "提升", "增加", "降低", "减少", "是", "否", "完成", "按时完成",
            "全部完成", "符合要求", "符合标准", "达到预期", "达到预期目标", "满意", "基本满意", "正常", "无",
            "有效", "长期", "及时",
        ];

        Assert.All(agreed, grade => Assert.Contains(grade, (IReadOnlySet<string>)TargetValueParser.KnownGrades));
        Assert.All(agreed, grade => Assert.Equal(TargetKind.Qualitative, TargetValueParser.Parse(grade).Kind));
    }

    // Columns: input, operator, operator as written, unit, note (what the template's shape still tells).
    [Theory]
    [InlineData("≥**个", "≥", "≥", "个", null)]
    [InlineData("≥＊＊％", "≥", "≥", "％", null)]
    [InlineData("不低于 *** 篇（更新篇数）", "≥", "不低于", "篇", "更新篇数")]
    [InlineData("**", null, null, null, null)]
    [InlineData("≥95**", null, null, null, null)]
    [InlineData("≥5个（**）", null, null, null, null)]
    [InlineData("**年**月前完成", null, null, null, null)]
    public void Recognises_unfilled_template_placeholders(
        string input, string? op, string? opText, string? unit, string? note)
    {
        var value = TargetValueParser.Parse(input);

        Assert.Equal(TargetKind.Placeholder, value.Kind);
        Assert.Equal(input, value.Text);
        Assert.Equal(op, value.Operator);
        Assert.Equal(opText, value.OperatorText);
        Assert.Null(value.Number);
        Assert.Null(value.NumberText);
        Assert.Null(value.Magnitude);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(note, value.Note);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n\u3000")]
    [InlineData("。")]
    [InlineData("garbage")]
    [InlineData("很好吧")]
    [InlineData("效果明显，群众满意")]
    [InlineData("≥")]
    [InlineData("%")]
    [InlineData("≥个")]
    [InlineData("*")]
    [InlineData("≥*个")]
    [InlineData("（阅读量）")]
    [InlineData("≥5个（未闭合")]
    [InlineData("≥5个）")]
    [InlineData("≥5（a）个")]
    [InlineData("10-20个")]
    [InlineData("10~20天")]
    [InlineData("≥1,00个")]
    [InlineData("≥1,2345个")]
    [InlineData("≥1000,000个")]
    [InlineData("3，5个")]
    [InlineData(".5%")]
    [InlineData("5.%")]
    [InlineData("5.5.5")]
    [InlineData("≥ ≥5")]
    [InlineData("≥95%以上")]
    [InlineData("≥95%，≥90%")]
    [InlineData("≥3个工作日内全部完成")]
    [InlineData("≥3 个 月")]
    [InlineData("100%完成")]
    [InlineData("≥95%的群众满意")]
    [InlineData("\0")]
    [InlineData("≥5\u0001个")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("≥0.0000000000000000000000000000000000000000000000000000000000000001%")]
    public void Leaves_anything_else_unrecognised(string input)
    {
        var value = TargetValueParser.Parse(input);

        Assert.Equal(TargetKind.Unrecognised, value.Kind);
        Assert.Equal(input, value.Text);
        Assert.Null(value.Operator);
        Assert.Null(value.OperatorText);
        Assert.Null(value.Number);
        Assert.Null(value.NumberText);
        Assert.Null(value.Magnitude);
        Assert.Null(value.Unit);
        Assert.Null(value.Note);
        Assert.False(value.IsPercent);
        Assert.Null(value.ScaledNumber);
    }

    [Fact]
    public void Treats_null_as_empty_rather_than_throwing()
    {
        var value = TargetValueParser.Parse(null!);

        Assert.Equal(TargetKind.Unrecognised, value.Kind);
        Assert.Equal(string.Empty, value.Text);
    }

    [Theory]
    [InlineData("≥85百分比", true)]
    [InlineData("≥100%", true)]
    [InlineData("≥８５％", true)]
    [InlineData("95%以上", true)]
    [InlineData("≥3个百分点", false)]
    [InlineData("≥230篇", false)]
    [InlineData("8.00", false)]
    [InlineData("达标", false)]
    public void Knows_a_percentage(string input, bool isPercent) =>
        Assert.Equal(isPercent, TargetValueParser.Parse(input).IsPercent);

    [Theory]
    [InlineData("≥30万（阅读量）", "300000")]
    [InlineData("≥1.5亿", "150000000")]
    [InlineData("≥230篇", "230")]
    [InlineData("≤28.40/株", "28.40")]
    [InlineData("≤10.00万元", "10.00")]
    public void Scales_by_the_magnitude(string input, string scaled) =>
        Assert.Equal(decimal.Parse(scaled, CultureInfo.InvariantCulture), TargetValueParser.Parse(input).ScaledNumber);

    [Theory]
    [InlineData("达标")]
    [InlineData("≥**个")]
    [InlineData("garbage")]
    [InlineData("79228162514264337593543950335亿")]
    public void Has_no_scaled_number_without_a_number_or_on_overflow(string input) =>
        Assert.Null(TargetValueParser.Parse(input).ScaledNumber);

    [Fact]
    public void Keeps_the_largest_decimal_when_unscaled()
    {
        var value = TargetValueParser.Parse("79228162514264337593543950335亿");

        Assert.Equal(TargetKind.Quantitative, value.Kind);
        Assert.Equal(decimal.MaxValue, value.Number);
    }

    [Fact]
    public void Survives_very_long_inputs()
    {
        string[] inputs =
        [
            new string('9', 1_000_000),
            "≥" + new string('9', 1_000_000) + "%",
            new string('≥', 1_000_000),
            new string('（', 500_000) + new string('）', 500_000),
            "≥5个" + new string('）', 1_000_000),
            "≥5" + new string('个', 1_000_000),
            new string('良', 1_000_000),
            new string(' ', 1_000_000),
        ];

        Assert.All(inputs, input => Assert.Equal(TargetKind.Unrecognised, TargetValueParser.Parse(input).Kind));
    }

    [Fact]
    public void Never_throws_on_arbitrary_text()
    {
        const string alphabet = "≥≤<>=＝＞＜≧≦大于等小不低高超过少多至以上下内及0123456789０１２３４５６７８９.．,，-－万亿元%％百分比个篇/（）()**＊ \t\u3000。良好达标\0\u0001\uD800";
        var random = new Random(20200101);
        var builder = new StringBuilder();

        for (var i = 0; i < 20_000; i++)
        {
            builder.Clear();
            var length = random.Next(0, 16);
            for (var j = 0; j < length; j++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var input = builder.ToString();
            var value = TargetValueParser.Parse(input);

            Assert.Equal(input, value.Text);
            Assert.Equal(value.Kind == TargetKind.Quantitative, value.Number is not null);
            _ = value.ScaledNumber;
        }
    }
}
