using SiteGen.Model.Frameworks;

namespace SiteGen.Model.Evaluation;

/// <summary>
/// The weights of a self-evaluation whose form gives none: 预算执行 10 and the indicators 90, as 产出 50, 效益 30,
/// 满意度 10 (财预〔2020〕10号). 成本指标 (its own 一级 in the 2021 framework) shares 产出's 50: the two groups' indicators
/// split it equally, the common practice of taking 成本's weight from 产出. A group without indicators gives its
/// weight to the groups present, in proportion to their weights (no 满意度: 产出 56.25, 效益 33.75), so the
/// indicators always total 90. Within a group the weight is split equally, rounded to two places, and the
/// group's last indicator takes the rounding remainder so each group's sum is exact.
/// An indicator under an unknown 一级 counts as 产出 (the rules already warn about the name).
/// </summary>
public static class DefaultWeights
{
    public const decimal IndicatorsTotal = 90m;

    private static readonly (string Group, decimal Weight)[] Groups = [("产出", 50m), ("效益", 30m), ("满意度", 10m)];

    /// <summary>One weight per 一级 name, in the given order.</summary>
    public static IReadOnlyList<decimal> For(IReadOnlyList<string> level1s)
    {
        var groups = level1s.Select(GroupOf).ToList();
        var present = Groups.Where(g => groups.Contains(g.Group)).ToList();
        var presentTotal = present.Sum(g => g.Weight);
        var weights = new decimal[level1s.Count];
        foreach (var (group, weight) in present)
        {
            var share = weight * IndicatorsTotal / presentTotal;
            var members = Enumerable.Range(0, groups.Count).Where(i => groups[i] == group).ToList();
            var each = Scores.Round(share / members.Count);
            foreach (var i in members)
            {
                weights[i] = each;
            }

            weights[members[^1]] = Scores.Round(share - (each * (members.Count - 1)));
        }

        return weights;
    }

    /// <summary>产出, 效益 or 满意度: the share a 一级 name draws on (成本 draws on 产出's).</summary>
    public static string GroupOf(string level1) => IndicatorNames.Normalise(level1) switch
    {
        "效益指标" => "效益",
        "满意度指标" => "满意度",
        _ => "产出",
    };
}
