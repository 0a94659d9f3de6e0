using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Model.Targets;

namespace SiteGen.Tests.Model.Targets;

/// <summary>Properties of the target-value parser, over generated values (FsCheck): totality, round trips, width-insensitivity.</summary>
public sealed class TargetValueParserProperties
{
    private const int Tests = 2000;

    private static readonly (string Written, string Operator)[] Operators =
    [
        ("≥", "≥"), ("≤", "≤"), (">", ">"), ("<", "<"), ("=", "="), (">=", "≥"), ("<=", "≤"), ("大于等于", "≥"), ("小于等于", "≤"),
        ("不低于", "≥"), ("不少于", "≥"), ("不高于", "≤"), ("不超过", "≤"), ("大于", ">"), ("小于", "<"), ("至少", "≥"), ("", ""),
    ];

    private static readonly string[] Units = ["", "篇", "个", "%", "平方米", "元/亩", "人次", "公里", "天", "万元", "户", "次/年", "小时"];

    private static Arbitrary<(string Written, string Operator, decimal Number, string NumberText, string Unit)> Quantities() =>
        (from op in Gen.Elements(Operators)
         from whole in Gen.Choose(0, 1_000_000)
         from places in Gen.Choose(0, 3)
         from fraction in Gen.Choose(0, 999)
         from unit in Gen.Elements(Units)
         let number = places == 0 ? whole.ToString(CultureInfo.InvariantCulture) : $"{whole}.{(fraction % (int)Math.Pow(10, places)).ToString(CultureInfo.InvariantCulture).PadLeft(places, '0')}"
         select (op.Written + number + unit, op.Operator, decimal.Parse(number, CultureInfo.InvariantCulture), number, unit)).ToArbitrary();

    [Property(MaxTest = Tests)]
    public bool Parsing_never_throws_and_keeps_the_text_as_written(string text) =>
        TargetValueParser.Parse(text).Text == (text ?? "");

    [Property(MaxTest = Tests)]
    public Property Any_mix_of_target_characters_parses_without_throwing() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("≥≤<>=＞＜＝0123456789０１２３４５６７８９.．,，%％万亿元个（）() *＊以上下内。\u200B\uFEFF-−".ToCharArray()))
                .Select(chars => new string(chars)).ToArbitrary(),
            text =>
            {
                var value = TargetValueParser.Parse(text);
                _ = value.ScaledNumber;
                return value.Text == text && (value.Kind != TargetKind.Quantitative || value.Number is not null);
            });

    [Property(MaxTest = Tests)]
    public Property An_operator_a_number_and_a_unit_parse_back_to_themselves() =>
        Prop.ForAll(Quantities(), q =>
        {
            var value = TargetValueParser.Parse(q.Written);
            return value.Kind == TargetKind.Quantitative
                && (value.Operator ?? "") == q.Operator
                && value.Number == q.Number
                && value.NumberText == q.NumberText
                && value.Number!.Value.Scale == q.Number.Scale
                && (value.Unit ?? "") == q.Unit;
        });

    [Property(MaxTest = Tests)]
    public Property Full_width_and_half_width_forms_parse_alike() =>
        Prop.ForAll(Quantities(), q =>
        {
            var half = TargetValueParser.Parse(q.Written);
            var full = TargetValueParser.Parse(ToFullWidth(q.Written));
            return full.Kind == half.Kind && full.Operator == half.Operator && full.Number == half.Number
                && ToFullWidth(half.Unit ?? "") == (full.Unit ?? "") && full.IsPercent == half.IsPercent;
        });

    [Property(MaxTest = Tests)]
    public Property Spaces_between_the_parts_and_a_note_change_nothing_but_the_note() =>
        Prop.ForAll(Quantities(), Gen.Elements("更新新闻篇数", "含（一）项", "阅读量").ToArbitrary(), (q, note) =>
        {
            var plain = TargetValueParser.Parse(q.Written);
            var spaced = TargetValueParser.Parse($"  {q.Written.Replace(q.NumberText, " " + q.NumberText + " ", StringComparison.Ordinal)}（{note}）。 ");
            return spaced.Kind == plain.Kind && spaced.Operator == plain.Operator && spaced.Number == plain.Number
                && spaced.Unit == plain.Unit && spaced.Note == note;
        });

    /// <summary>ASCII letters, digits and signs → their full-width forms (U+FF01…U+FF5E), as Chinese IMEs type them.</summary>
    private static string ToFullWidth(string text) =>
        new([.. text.Select(c => c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c)]);
}
