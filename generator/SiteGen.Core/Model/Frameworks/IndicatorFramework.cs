namespace SiteGen.Model.Frameworks;

/// <summary>
/// An indicator framework: which 二级 indicators each 一级 indicator allows. Names are compared after
/// <see cref="IndicatorNames.Normalise"/>, but pages always show what the department wrote.
/// </summary>
public sealed class IndicatorFramework
{
    private const string Output = "产出指标";
    private const string Benefit = "效益指标";
    private const string Satisfaction = "满意度指标";
    private const string Cost = "成本指标";

    private static readonly string[] BenefitLevel2 = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"];
    private static readonly string[] SatisfactionLevel2 = ["服务对象满意度指标"];

    /// <summary>The framework of 2020 and before: 成本指标 is a 二级 indicator under 产出指标.</summary>
    public static IndicatorFramework Of2020 { get; } = new("2020", new()
    {
        [Output] = ["数量指标", "质量指标", "时效指标", "成本指标"],
        [Benefit] = BenefitLevel2,
        [Satisfaction] = SatisfactionLevel2,
    });

    /// <summary>The framework from 2021: 成本指标 becomes a 一级 indicator of its own.</summary>
    public static IndicatorFramework Of2021 { get; } = new("2021", new()
    {
        [Cost] = ["经济成本指标", "社会成本指标", "生态环境成本指标"],
        [Output] = ["数量指标", "质量指标", "时效指标"],
        [Benefit] = BenefitLevel2,
        [Satisfaction] = SatisfactionLevel2,
    });

    private readonly Dictionary<string, string[]> _allowed;

    private IndicatorFramework(string name, Dictionary<string, string[]> allowed)
    {
        Name = name;
        _allowed = allowed;
    }

    /// <summary>"2020" or "2021", as a disclosure's <c>framework</c> field names it.</summary>
    public string Name { get; }

    /// <summary>The 一级 indicators in the order the official form lists them.</summary>
    public IReadOnlyList<string> Level1Names => [.. _allowed.Keys];

    public static IReadOnlyList<IndicatorFramework> All { get; } = [Of2020, Of2021];

    /// <summary>The framework a document follows when it does not say: 2021's from budget year 2021 on.</summary>
    public static IndicatorFramework DefaultFor(int year) => year >= 2021 ? Of2021 : Of2020;

    public static IndicatorFramework? Named(string name) => All.FirstOrDefault(f => f.Name == name);

    public bool IsLevel1(string level1) => _allowed.ContainsKey(IndicatorNames.Normalise(level1));

    public bool Allows(string level1, string level2) =>
        _allowed.TryGetValue(IndicatorNames.Normalise(level1), out var level2s)
        && level2s.Contains(IndicatorNames.Normalise(level2), StringComparer.Ordinal);

    /// <summary>The 二级 indicators allowed under a 一级 one, for "use one of …" messages.</summary>
    public IReadOnlyList<string> Level2Names(string level1) =>
        _allowed.TryGetValue(IndicatorNames.Normalise(level1), out var level2s) ? level2s : [];
}
