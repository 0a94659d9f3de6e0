namespace SiteGen.Rendering;

/// <summary>Chinese numerals for the numbering official documents use (一、二、… 十一、…).</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers stay Arabic.</summary>
    public static string Of(int number) => number switch
    {
        < 1 or > 99 => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 10 => Digits[number],
        _ => (number / 10 == 1 ? "" : Digits[number / 10]) + "十" + (number % 10 == 0 ? "" : Digits[number % 10]),
    };
}
