using System.Globalization;
using SiteGen.Format;

namespace SiteGen.Sample;

/// <summary>Writes one project file: budget, purpose, spending plan, goals and 6–20 indicator rows.</summary>
internal static class ProjectGenerator
{
    public const int MinIndicators = 6;
    public const int MaxIndicators = 20;

    private static readonly ProjectFormat P = ContentFormat.Project;

    /// <summary>What a project needs to know of its disclosure.</summary>
    /// <param name="ContinuingCode">The code of a project that continues across years (<see cref="ContinuingProjects"/>); null for one of this year only.</param>
    public sealed record Context(SampleDepartment Department, int Year, int Number, string Name, string Topic, bool InYuan, string? ContinuingCode = null);

    private static readonly string[][] Checkpoints =
    [
        ["3月底", "6月底", "9月底", "12月底"],
        ["一季度", "二季度", "三季度", "四季度"],
        ["6月底", "12月底"],
        ["3月底", "6月底", "10月底", "12月底"],
    ];

    /// <summary>A project file's text, and what a later self-evaluation of it needs to know.</summary>
    public sealed record Generated(string Text, string Code, SampleAmount Total, IReadOnlyList<SampleIndicator> Indicators);

    /// <summary>A published indicator row, as the project file writes it.</summary>
    public sealed record SampleIndicator(string Level1, string Name, string Target);

    public static Generated Generate(Prng r, Context p)
    {
        var code = Code(r, p);
        var map = new ContentMap(P).Set(P.Code, code).Set(P.Name, p.Name);
        var rich = r.Chance(0.15);
        if (rich || r.Chance(0.08))
        {
            var u = ContentFormat.Unit;
            map.Set(P.Unit, new ContentMap(u)
                .Set(u.Code, p.Department.Code + (r.Between(1, 9) * 10).ToString(CultureInfo.InvariantCulture))
                .Set(u.Name, p.Department.Region + p.Department.Bureau.ShortName + r.Pick(NameBank.Units)));
        }

        var total = SampleAmount.Random(r, p.InYuan);
        map.Set(P.Budget, Budget(r, total));
        map.Set(P.Purpose, MarkdownDecor.Purpose(r, Fill(r.Pick(TextBank.Purposes), p), p.Topic, total));
        if (rich)
        {
            RichDetails(r, map, p);
        }

        if (r.Chance(0.85))
        {
            map.Set(P.SpendingPlan, SpendingPlan(r));
        }

        if (rich && r.Chance(0.6))
        {
            map.Set(P.LongTermGoals, [Fill(r.Pick(TextBank.ProjectGoals), p).Replace("年度", "三年", StringComparison.Ordinal)]);
        }

        map.Set(P.Goals, [.. r.PickSome(TextBank.ProjectGoals, r.Between(1, 3)).Select(goal => MarkdownDecor.Sentence(r, Fill(goal, p), p.Topic))]);
        var published = new List<SampleIndicator>();
        map.Set(P.Indicators, Indicators(r, p, r.Between(MinIndicators, MaxIndicators), details: true, published));
        if (rich && r.Chance(0.5))
        {
            map.Set(P.LongTermIndicators, Indicators(r, p, r.Between(4, 6), details: false));
        }

        if (rich && r.Chance(0.6))
        {
            map.Set(P.CostBreakdown, CostBreakdown(r, total));
        }

        var text = ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../../", "project.schema.json"),
            $"虚构的示例项目（sitegen sample 生成）：{p.Department.Name}{p.Year}年第{p.Number}个项目");
        return new Generated(text, code, total, published);
    }

    /// <summary>Two styles seen in real documents: 224-0603-YBN-W8XP, and long numeric ids.</summary>
    private static string Code(Prng r, Context p)
    {
        var yearly = YearlyCode(r, p); // drawn either way, so the rest of the project's stream is unchanged
        return p.ContinuingCode ?? yearly;
    }

    private static string YearlyCode(Prng r, Context p)
    {
        var number = p.Number.ToString("D2", CultureInfo.InvariantCulture);
        if (r.Chance(0.3))
        {
            return $"{p.Department.Code}{p.Year}{r.Between(100_000, 999_999)}{number}";
        }

        const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        var letters = new string([.. Enumerable.Range(0, 3).Select(_ => Letters[r.Below(Letters.Length)])]);
        return $"{p.Department.Code[..3]}-{p.Year % 100:D2}{number}-{letters}-{r.Between(1000, 9999)}";
    }

    private static ContentMap Budget(Prng r, SampleAmount total)
    {
        var b = ContentFormat.Budget;
        var budget = new ContentMap(b).Set(b.Total, total.ToString());
        var shape = r.Below(10);
        if (shape < 5)
        {
            budget.Set(b.Fiscal, total.ToString()).SetBlank(b.Other);
        }
        else if (shape < 8)
        {
            var fiscal = total.Part(r.Between(50, 95));
            budget.Set(b.Fiscal, fiscal.ToString()).Set(b.Other, total.Minus(fiscal).ToString());
        }

        return budget;
    }

    private static List<ContentMap> SpendingPlan(Prng r)
    {
        var c = ContentFormat.Checkpoint;
        var labels = r.Pick(Checkpoints);
        var plan = new List<ContentMap>();
        var percent = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var remaining = labels.Length - i;
            // Cumulative and below 100 until the last checkpoint, as real plans are.
            percent = remaining == 1 ? 100 : Math.Min(95, percent + r.Between(5, Math.Max(5, (100 - percent) / remaining * 2)));
            plan.Add(new ContentMap(c)
                .Set(c.Checkpoint, labels[i])
                .Set(c.Percent, r.Chance(0.5) ? $"{percent}.00" : percent.ToString(CultureInfo.InvariantCulture)));
        }

        return plan;
    }

    private static void RichDetails(Prng r, ContentMap map, Context p)
    {
        map.Set(P.SupervisingDepartment, p.Department.Name)
            .Set(P.ImplementingUnit, p.Department.Region + p.Department.Bureau.ShortName + r.Pick(NameBank.Units))
            .Set(P.Manager, r.Pick(NameBank.Surnames) + "示例")
            .Set(P.Attribute, r.Chance(0.4) ? "新增" : "延续")
            .Set(P.Category, r.Pick(NameBank.Categories))
            .Set(P.Period, r.Chance(0.7) ? $"{p.Year}年1月—12月" : $"{p.Year}年1月—{p.Year + 2}年12月")
            .Set(P.ApprovalBasis, Fill(r.Pick(TextBank.ApprovalBases), p))
            .Set(P.SubjectCode, $"2{r.Between(10, 29)}{r.Between(10, 99)}{r.Between(1, 99):D2}");
    }

    /// <summary>
    /// Rows grouped as on the official form: every 一级 group of the framework at least once (so no
    /// SG3103 warning), the rest spread over the groups, 二级 names in the framework's order.
    /// </summary>
    /// <param name="published">Collects each row written (level1, name, target), when given.</param>
    private static List<ContentMap> Indicators(Prng r, Context p, int count, bool details, List<SampleIndicator>? published = null)
    {
        var groups = Groups(r, p.Year);
        // Every row of the bank that fits the framework, each used at most once: no two rows share a name.
        var pool = groups
            .SelectMany(g => g.Level2.SelectMany(level2 => IndicatorBank.ByLevel2[Canonical(level2)].Select(row => (Group: g, Level2: level2, Row: row))))
            .ToList();
        var rows = new List<(SampleGroup Group, string Level2, IndicatorBank.Row Row)>();
        void Take(int index)
        {
            rows.Add(pool[index]);
            pool.RemoveAt(index);
        }

        foreach (var group in groups)
        {
            var candidates = Enumerable.Range(0, pool.Count).Where(i => pool[i].Group == group).ToList();
            Take(r.Pick(candidates));
        }

        while (rows.Count < count && pool.Count > 0)
        {
            Take(r.Below(pool.Count));
        }

        var weighted = details && r.Chance(0.15);
        var withPrevious = details && r.Chance(0.2);
        var i = ContentFormat.Indicator;
        var indicators = new List<ContentMap>();
        foreach (var (group, level2, row) in rows.OrderBy(row => groups.IndexOf(row.Group)).ThenBy(row => Array.IndexOf(row.Group.Level2, row.Level2)))
        {
            var indicator = new ContentMap(i).Set(i.Level1, group.Written).Set(i.Level2, level2).Set(i.Name, Fill(row.Name, p));
            if (details && r.Chance(0.7))
            {
                indicator.Set(i.Description, Fill(row.Measures, p));
            }

            var target = row.Target(r);
            indicator.Set(i.Target, target);
            published?.Add(new SampleIndicator(group.Written, Fill(row.Name, p), target));
            if (details && r.Chance(0.6))
            {
                indicator.Set(i.Basis, Fill(r.Pick(TextBank.Bases), p));
            }

            if (weighted)
            {
                indicator.Set(i.Weight, (r.Between(1, 4) * 5).ToString(CultureInfo.InvariantCulture));
            }

            if (details && r.Chance(0.1))
            {
                indicator.Set(i.Core, "true");
            }

            if (withPrevious && r.Chance(0.5))
            {
                indicator.Set(i.PreviousTarget, row.Target(r));
            }

            indicators.Add(indicator);
        }

        return indicators;
    }

    private sealed record SampleGroup(string Written, string[] Level2);

    /// <summary>The framework's 一级 groups as this project writes them (效果指标, 产出指标(50分) and other real variants).</summary>
    private static List<SampleGroup> Groups(Prng r, int year)
    {
        var output = r.Chance(0.05) ? "产出指标(50分)" : "产出指标";
        var benefit = year < 2021 && r.Chance(0.3) ? "效果指标" : "效益指标";
        var satisfaction = r.Chance(0.2) ? "社会公众或服务对象满意度指标" : "服务对象满意度指标";
        string[] benefitLevel2 = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"];
        return year >= 2021
            ? [new("成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]), new(output, ["数量指标", "质量指标", "时效指标"]), new(benefit, benefitLevel2), new("满意度指标", [satisfaction])]
            : [new(output, ["数量指标", "质量指标", "时效指标", "成本指标"]), new(benefit, benefitLevel2), new("满意度指标", [satisfaction])];
    }

    private static string Canonical(string level2) => level2 == "社会公众或服务对象满意度指标" ? "服务对象满意度指标" : level2;

    private static List<ContentMap> CostBreakdown(Prng r, SampleAmount total)
    {
        var c = ContentFormat.CostItem;
        var first = total.Part(r.Between(40, 80));
        (string Item, SampleAmount Amount, string? Basis)[] items =
        [
            ("人工费", first, r.Chance(0.5) ? "按定额测算" : null),
            ("材料及设备费", total.Minus(first), r.Chance(0.5) ? "按市场询价测算" : null),
        ];
        return [.. items.Select(x => new ContentMap(c).Set(c.Item, x.Item).Set(c.Amount, x.Amount.ToString()).Set(c.Basis, x.Basis))];
    }

    private static string Fill(string template, Context p) => TextBank.Fill(template, p.Topic, p.Department.Name, p.Year);
}
