using System.Globalization;
using SiteGen.Format;
using SiteGen.Model.Targets;

namespace SiteGen.Sample;

/// <summary>
/// Writes one project's mid-year monitoring (monitoring/*.yml) as of 7月31日, as units fill in the 运行监控表: about
/// half the money spent, counts part-way to their targets, rates near theirs, most targets sure to be met, some
/// doubtful or out of reach with their 偏差原因 and 原因说明 (so the sample draws no SG3313).
/// </summary>
internal static class MonitoringGenerator
{
    private static readonly MonitoringFormat M = ContentFormat.Monitoring;
    private static readonly MonitoredIndicatorFormat I = ContentFormat.MonitoredIndicator;

    private static readonly (string Cause, string Explanation)[] Reasons =
    [
        ("经费保障", "上级补助资金尚未到位，部分工作延后；资金到位后将加快实施。"),
        ("人员保障", "项目负责人岗位调整，工作衔接用时较长；已明确专人负责。"),
        ("制度保障", "配套管理办法尚在修订，部分环节暂缓；预计三季度印发后推进。"),
        ("硬件条件保障", "设备采购延期，上半年未能投入使用；已催促供应商尽快交付。"),
        ("其他", "受汛期影响，现场工作暂停一个多月；下半年将增加工作日补齐进度。"),
    ];

    public static string Generate(Prng r, ProjectGenerator.Context p, ProjectGenerator.Generated project)
    {
        var f = ContentFormat.MonitoringFunds;
        var funds = new ContentMap(f);
        if (r.Chance(0.8))
        {
            funds.Set(f.InitialBudget, project.Total.ToString());
        }

        funds.Set(f.AnnualBudget, project.Total.ToString()).Set(f.Spent, project.Total.Part(r.Between(30, 75)).ToString());
        var map = new ContentMap(M)
            .Set(M.Project, project.Code)
            .Set(M.AsOf, $"{p.Year.ToString(CultureInfo.InvariantCulture)}-07-31")
            .Set(M.Funds, funds)
            .Set(M.Indicators, project.Indicators.Select(i => Row(r, i)).ToList());
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../../", "monitoring.schema.json"),
            $"虚构的示例运行监控（sitegen sample 生成）：{p.Department.Name}{p.Year}年第{p.Number}个项目");
    }

    private static ContentMap Row(Prng r, ProjectGenerator.SampleIndicator indicator)
    {
        var row = new ContentMap(I).Set(I.Indicator, indicator.Name);
        var likelihood = r.Chance(0.82) ? 0 : r.Chance(0.75) ? 1 : 2;
        var target = TargetValueParser.Parse(indicator.Target);
        if (target.Kind == TargetKind.Quantitative && target.Number is { } number && number > 0m)
        {
            var reverse = target.Operator is "≤" or "<";
            // A count builds up over the year; a rate, a cost or a ceiling is already near its level by July.
            var builds = !reverse && !target.IsPercent;
            var actual = number * (builds ? r.Between(40, 65) : likelihood == 0 ? r.Between(94, 100) : r.Between(80, 92)) / 100m;
            var forecast = likelihood == 0 ? number : number * (reverse ? r.Between(110, 130) : r.Between(82, 95)) / 100m;
            row.Set(I.Actual, Text(actual, target)).Set(I.Forecast, Text(forecast, target));
        }
        else
        {
            row.Set(I.Actual, likelihood == 0 ? "按计划推进" : "进度滞后").Set(I.Forecast, likelihood == 0 ? indicator.Target.Trim() : "基本完成");
        }

        row.Set(I.Likelihood, MonitoredIndicatorFormat.Likelihoods[likelihood]);
        if (likelihood > 0)
        {
            var reason = r.Pick(Reasons);
            row.Set(I.Causes, new List<string> { reason.Cause }).Set(I.Explanation, reason.Explanation);
        }

        return row;
    }

    private static string Text(decimal value, TargetValue target)
    {
        var whole = !target.IsPercent && target.Number == decimal.Truncate(target.Number ?? 0m);
        var rounded = whole ? decimal.Floor(value) : Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.##", CultureInfo.InvariantCulture) + target.Magnitude + target.Unit;
    }
}
