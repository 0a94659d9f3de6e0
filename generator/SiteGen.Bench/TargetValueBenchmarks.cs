using BenchmarkDotNet.Attributes;
using SiteGen.Model.Targets;

namespace SiteGen.Bench;

/// <summary>The 指标值 parser over the forms real documents use (one call parses all of them).</summary>
[MemoryDiagnoser]
public class TargetValueBenchmarks
{
    private static readonly string[] Targets =
    [
        "≥230篇（更新新闻篇数）", "≥85百分比", "<2次（被入侵的次数）", "≥30万（阅读量）", "大于等于10157.6平方米",
        ">=20平方米", "<=475元/亩", "≤28.40/株", "不低于90%", "95%以上", "达标", "效果明显", "≥**个", "按时完成", "随便写的",
    ];

    [Benchmark(Description = "Parse 15 target values")]
    public int ParseAll()
    {
        var quantitative = 0;
        foreach (var target in Targets)
        {
            quantitative += TargetValueParser.Parse(target).Kind == TargetKind.Quantitative ? 1 : 0;
        }

        return quantitative;
    }
}
