using System.Globalization;
using SiteGen.Format;
using SiteGen.Model.Targets;

namespace SiteGen.Sample;

/// <summary>
/// Writes one project's self-evaluation (evaluation/*.yml) for a year that is over, as units fill in the 自评表: the
/// funds mostly spent, most indicators met, some missed with their 偏差原因, qualitative targets graded (now and then
/// with a score inside the grade's band), the form's own weights now and then, and once in a while an override with
/// its reason or a stated 得分 that differs from the rules (both warned about by SG3303, as they should be).
/// </summary>
internal static class EvaluationGenerator
{
    private static readonly EvaluationFormat E = ContentFormat.Evaluation;
    private static readonly EvaluatedIndicatorFormat I = ContentFormat.EvaluatedIndicator;

    private static readonly string[] Deviations =
    [
        "受天气影响，部分工程延后开工；已调整施工计划，次年一季度前完成。",
        "项目实施单位人员调整，工作衔接不够及时；已明确专人负责并建立月度调度。",
        "政策调整后申报条件提高，符合条件的对象减少；下一年度将据实测算目标值。",
        "年初目标测算偏乐观；今后将参考近三年实际完成情况设定指标值。",
        "采购程序用时较长，设备到位晚于计划；已提前启动下一年度采购。",
        "部分资金年底才拨付到位，影响项目进度；将加快资金拨付，加强执行监控。",
    ];

    private static readonly string[] OverrideReasons =
    [
        "年初目标定得偏低，按实际贡献酌情扣分",
        "完成质量不高，经评价小组复核酌减",
        "部分佐证材料不全，按复核结果计分",
    ];

    private static readonly string[] PartlyDone = ["基本完成", "部分实现", "总体推进，个别环节滞后"];

    public static string Generate(Prng r, ProjectGenerator.Context p, ProjectGenerator.Generated project)
    {
        var map = new ContentMap(E).Set(E.Project, project.Code).Set(E.Funds, Funds(r, project.Total));
        // The form's own weights: always when the targets carry weights of their own (which need not total 90), else now and then.
        var ownWeights = project.Indicators.Count > 0 && (r.Chance(0.25) || project.Text.Contains("\n    weight: ", StringComparison.Ordinal));
        var weights = ownWeights ? Weights(r, project.Indicators.Count) : null;
        var rows = new List<ContentMap>();
        for (var k = 0; k < project.Indicators.Count; k++)
        {
            rows.Add(Row(r, project.Indicators[k], weights?[k]));
        }

        map.Set(E.Indicators, rows);
        if (r.Chance(0.7))
        {
            map.Set(E.Conclusion, $"{p.Name}总体完成年度绩效目标，资金使用规范；未完成的指标已分析原因并提出改进措施。");
        }

        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../../", "evaluation.schema.json"),
            $"虚构的示例绩效自评（sitegen sample 生成）：{p.Department.Name}{p.Year}年第{p.Number}个项目");
    }

    private static ContentMap Funds(Prng r, SampleAmount total)
    {
        var f = ContentFormat.EvaluationFunds;
        var funds = new ContentMap(f);
        if (r.Chance(0.8))
        {
            funds.Set(f.InitialBudget, total.ToString());
        }

        // The budget is adjusted during the year now and then; spending stays within it.
        var annual = r.Chance(0.85) ? total : total.Part(r.Between(90, 110));
        var spent = r.Chance(0.3) ? annual : annual.Part(r.Between(80, 99));
        return funds.Set(f.AnnualBudget, annual.ToString()).Set(f.Spent, spent.ToString());
    }

    /// <summary>Whole-number weights totalling 90 (with 预算执行's 10, 100), a few rows weighted more.</summary>
    private static int[] Weights(Prng r, int count)
    {
        var weights = Enumerable.Repeat(90 / count, count).ToArray();
        for (var left = 90 - (90 / count * count); left > 0; left--)
        {
            weights[r.Below(count)]++;
        }

        return weights;
    }

    private static ContentMap Row(Prng r, ProjectGenerator.SampleIndicator indicator, int? weight)
    {
        var row = new ContentMap(I).Set(I.Indicator, indicator.Name);
        var target = TargetValueParser.Parse(indicator.Target);
        var met = r.Chance(0.85);
        if (target.Kind == TargetKind.Quantitative && target.Number is { } number && Actual(r, target, number, met) is { } actual)
        {
            row.Set(I.Actual, actual);
            if (weight is { } w)
            {
                row.Set(I.Weight, Text(w));
                if (r.Chance(0.04))
                {
                    row.Set(I.Score, Text(w)); // the form claims full marks, met or not
                }
            }
        }
        else
        {
            // Qualitative (or a number the sample cannot vary): the evaluator's grade decides.
            met = met || r.Chance(0.5);
            var partly = !met && r.Chance(0.8);
            row.Set(I.Actual, met ? indicator.Target.Trim() : partly ? r.Pick(PartlyDone) : "未完成");
            if (weight is { } w)
            {
                row.Set(I.Weight, Text(w));
                if (r.Chance(0.3))
                {
                    // A score inside the grade's band, as evaluators place it (whole weights keep it exact).
                    var percent = met ? r.Between(80, 100) : partly ? r.Between(60, 79) : r.Between(20, 59);
                    row.Set(I.Score, Text(w * percent / 100m));
                }
            }

            row.Set(I.Grade, EvaluatedIndicatorFormat.Grades[met ? 0 : partly ? 1 : 2]);
        }

        if (!met)
        {
            row.Set(I.Deviation, r.Pick(Deviations));
        }

        if (weight is { } ow && r.Chance(0.03))
        {
            var o = ContentFormat.ScoreOverride;
            row.Set(I.Override, new ContentMap(o).Set(o.Score, Text(ow * r.Between(50, 90) / 100m)).Set(o.Reason, r.Pick(OverrideReasons)));
        }

        return row;
    }

    /// <summary>
    /// An actual in the target's own magnitude and unit that meets it (or misses it), or null when none can be made
    /// (a percentage target of 100 cannot be beaten, for example: the caller then grades the row).
    /// </summary>
    private static string? Actual(Prng r, TargetValue target, decimal number, bool met)
    {
        var reverse = target.Operator is "≤" or "<";
        var whole = number == decimal.Truncate(number) && !target.IsPercent;
        var factor = reverse == met ? r.Between(55, 99) : r.Between(101, 140);
        if (met && !reverse && r.Chance(0.4))
        {
            factor = 100; // exactly on target
        }

        var value = number * factor / 100m;
        value = whole ? (factor > 100 ? decimal.Ceiling(value) : decimal.Floor(value)) : Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (target.IsPercent)
        {
            value = Math.Min(value, 100m);
        }

        if (Meets(target.Operator, number, value) != met || value < 0m)
        {
            return null;
        }

        return value.ToString("0.##", CultureInfo.InvariantCulture) + target.Magnitude + target.Unit;
    }

    private static bool Meets(string? op, decimal target, decimal actual) => op switch
    {
        "≤" => actual <= target,
        "<" => actual < target,
        ">" => actual > target,
        _ => actual >= target,
    };

    private static string Text(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
