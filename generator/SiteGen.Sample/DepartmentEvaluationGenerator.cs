using System.Globalization;
using SiteGen.Format;

namespace SiteGen.Sample;

/// <summary>
/// Writes a department's 部门整体自评 (department-evaluation.yml) for a year that is over: the generic indicators of the
/// 部门整体支出绩效自评表 with weights totalling 100, most met in full, one or two short of their target with a lower
/// score, a qualitative row now and then, and a conclusion.
/// </summary>
internal static class DepartmentEvaluationGenerator
{
    private static readonly DepartmentEvaluationFormat E = ContentFormat.DepartmentEvaluation;
    private static readonly DepartmentEvaluatedIndicatorFormat I = ContentFormat.DepartmentEvaluatedIndicator;

    /// <summary>一级, 二级, 三级, 年初指标值, weight, whether it is reverse (lower is better), whether it is qualitative.</summary>
    private static readonly (string Level1, string Level2, string Name, string Target, int Weight, bool Reverse, bool Qualitative)[] Rows =
    [
        ("部门管理", "资金投入", "基本支出预算执行率", "≥95%", 10, false, false),
        ("部门管理", "资金投入", "项目支出预算执行率", "≥90%", 10, false, false),
        ("部门管理", "财务管理", "结转结余率", "≤10%", 10, true, false),
        ("部门管理", "财务管理", "“三公经费”控制率", "≤100%", 10, true, false),
        ("部门管理", "采购管理", "政府采购执行率", "=100%", 10, false, false),
        ("履职效能", "重点工作", "重点工作完成率", "=100%", 20, false, false),
        ("履职效能", "社会效益", "政务公开及时性", "好", 20, false, true),
        ("满意度", "服务对象满意度", "服务对象满意度", "≥90%", 10, false, false),
    ];

    public static string Generate(Prng r, SampleDepartment department, int year)
    {
        var rows = new List<ContentMap>();
        foreach (var row in Rows)
        {
            var map = new ContentMap(I).Set(I.Level1, row.Level1).Set(I.Level2, row.Level2).Set(I.Name, row.Name).Set(I.Initial, row.Target);
            var met = r.Chance(0.8);
            var (actual, score) = row.Qualitative
                ? (met ? "好" : "较好", met ? row.Weight : row.Weight * r.Between(70, 79) / 100m)
                : Quantitative(r, row.Target, row.Reverse, row.Weight, met);
            map.Set(I.Actual, actual).Set(I.Weight, row.Weight.ToString(CultureInfo.InvariantCulture)).Set(I.Score, Text(score));
            if (row.Weight >= 20)
            {
                map.Set(I.Core, "true");
            }

            rows.Add(map);
        }

        var evaluation = new ContentMap(E).Set(E.Indicators, rows)
            .Set(E.Conclusion, $"{department.Name}{year}年度部门整体支出绩效自评完成。个别指标未达到年初目标，已分析原因，下一年度加强预算执行监控。");
        return ContentYaml.Write(evaluation,
            ContentYaml.SchemaComment("../../", "department-evaluation.schema.json"),
            $"虚构的示例部门整体自评（sitegen sample 生成）：{department.Name}{year}年");
    }

    /// <summary>An actual written like its target (a percentage), and a score in proportion when it falls short.</summary>
    private static (string Actual, decimal Score) Quantitative(Prng r, string target, bool reverse, int weight, bool met)
    {
        var goal = decimal.Parse(target.TrimStart('≥', '≤', '=').TrimEnd('%'), CultureInfo.InvariantCulture);
        var actual = reverse
            ? (met ? goal * r.Between(50, 100) / 100m : goal * r.Between(101, 130) / 100m)
            : (met ? Math.Min(100m, goal + r.Between(0, 40) / 10m) : goal * r.Between(80, 99) / 100m);
        actual = Math.Round(actual, 1, MidpointRounding.AwayFromZero);
        var score = met ? weight : weight * (reverse ? goal / actual : actual / goal);
        return (actual.ToString("0.0", CultureInfo.InvariantCulture) + "%", Math.Min(weight, score));
    }

    private static string Text(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
