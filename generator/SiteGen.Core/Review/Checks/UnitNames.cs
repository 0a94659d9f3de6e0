namespace SiteGen.Review.Checks;

/// <summary>What a 三级指标 name says about the unit its target should have.</summary>
internal static class UnitNames
{
    /// <summary>A rate or share (完成率, 满意度, 占比): its target is a percentage.</summary>
    public static bool IsRate(string name)
    {
        var core = ReviewText.NameCore(name);
        return core.EndsWith('率') || core.Contains("满意度", StringComparison.Ordinal) || core.EndsWith("占比", StringComparison.Ordinal) || core.EndsWith("比例", StringComparison.Ordinal);
    }

    /// <summary>A count of things (次数, 人数, 天数, 数量): its target is a number of something, never a percentage.</summary>
    public static bool IsCount(string name)
    {
        var core = ReviewText.NameCore(name);
        return !IsRate(name) && (core.EndsWith("次数", StringComparison.Ordinal) || core.EndsWith("人数", StringComparison.Ordinal)
            || core.EndsWith("天数", StringComparison.Ordinal) || core.EndsWith("个数", StringComparison.Ordinal) || core.EndsWith("数量", StringComparison.Ordinal)
            || core.EndsWith("户数", StringComparison.Ordinal) || core.EndsWith("篇数", StringComparison.Ordinal));
    }

    /// <summary>The name asks for a number (a rate, a count, an amount, a duration, an area…).</summary>
    public static bool AsksForNumber(string name)
    {
        var core = ReviewText.NameCore(name);
        return IsRate(name) || IsCount(name) || core.EndsWith('数') || core.EndsWith('量') || core.EndsWith("金额", StringComparison.Ordinal)
            || core.EndsWith("成本", StringComparison.Ordinal) || core.EndsWith("时间", StringComparison.Ordinal) || core.EndsWith("时长", StringComparison.Ordinal)
            || core.EndsWith("周期", StringComparison.Ordinal) || core.EndsWith("面积", StringComparison.Ordinal) || core.EndsWith("长度", StringComparison.Ordinal);
    }
}
