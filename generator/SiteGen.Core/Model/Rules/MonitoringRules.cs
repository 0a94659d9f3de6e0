using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model.Evaluation;
using SiteGen.Model.Monitoring;

namespace SiteGen.Model.Rules;

/// <summary>
/// Matches each mid-year monitoring to the project and indicators it follows and reports every way it departs from
/// the published targets or the budget year (DOMAIN.md, "The year's cycle"). A missing indicator, spending above the
/// budget or a doubtful target without its reasons is a warning: the monitoring is published all the same.
/// </summary>
internal static class MonitoringRules
{
    private static readonly IndicatorMatcher Matcher = new(
        DiagnosticCodes.UnknownMonitoredIndicator,
        DiagnosticCodes.AmbiguousMonitoredName,
        DiagnosticCodes.DuplicateMonitoring,
        DiagnosticCodes.IndicatorNotMonitored,
        "运行监控",
        "页面不显示其运行情况");

    public static IReadOnlyList<MonitoredProject> Match(int year, IReadOnlyList<Project> projects, IReadOnlyList<ProjectMonitoring> monitorings, DiagnosticBag diagnostics)
    {
        var matched = new List<(int Index, MonitoredProject Project)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var monitoring in monitorings)
        {
            var index = IndexOf(projects, monitoring.ProjectCode);
            if (index < 0)
            {
                diagnostics.Report(DiagnosticCodes.UnknownMonitoredProject, monitoring.ProjectLocation,
                    $"项目编码 “{monitoring.ProjectCode}” 不在本公开文档中：可选 {string.Join("、", projects.Select(p => p.Code))}");
            }
            else if (!seen.Add(projects[index].Code))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateMonitoring, monitoring.ProjectLocation, $"项目 “{projects[index].Code}” 已有一份运行监控");
            }
            else if (Match(year, projects[index], monitoring, diagnostics) is { } project)
            {
                matched.Add((index, project));
            }
        }

        // In the order the projects are published, whatever the monitoring files are called.
        return [.. matched.OrderBy(m => m.Index).Select(m => m.Project)];
    }

    private static int IndexOf(IReadOnlyList<Project> projects, string code)
    {
        for (var i = 0; i < projects.Count; i++)
        {
            if (projects[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    private static MonitoredProject? Match(int year, Project project, ProjectMonitoring monitoring, DiagnosticBag diagnostics)
    {
        var inYear = monitoring.AsOf.Year == year;
        if (!inYear)
        {
            diagnostics.Report(DiagnosticCodes.MonitoringOutsideYear, monitoring.AsOfLocation,
                $"监控截止日期 {monitoring.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 不在预算年度 {year} 年内：运行监控反映本年度执行情况，通常截至 {year}-07-31");
        }

        var matched = Matcher.Match(project, monitoring.Indicators, row => row.Key, row => row.Location, monitoring.Location, diagnostics);
        if (monitoring.Spent.Value > monitoring.AnnualBudget.Value)
        {
            diagnostics.Report(DiagnosticCodes.MonitoredSpentAboveBudget, monitoring.Spent.Location,
                $"1-7月执行数 {monitoring.Spent.Text} 超过全年预算数 {monitoring.AnnualBudget.Text}");
        }

        if (matched is null || !inYear)
        {
            return null;
        }

        var rows = new List<MonitoredRow>();
        for (var i = 0; i < project.Indicators.Count; i++)
        {
            if (matched[i] is { } row)
            {
                var monitored = new MonitoredRow(project.Indicators[i], row);
                CheckReasons(monitored, diagnostics);
                rows.Add(monitored);
            }
        }

        return new MonitoredProject(project, monitoring, BudgetExecution.RatePercent(monitoring.AnnualBudget.Value, monitoring.Spent.Value), rows);
    }

    /// <summary>A target the monitoring doubts needs its 偏差原因 (from the list) and its 原因说明.</summary>
    private static void CheckReasons(MonitoredRow row, DiagnosticBag diagnostics)
    {
        var missing = new List<string>(2);
        if (row.Deviates && row.Row.Causes.Count == 0)
        {
            missing.Add("causes（偏差原因）");
        }

        if (row.Deviates && row.Row.Explanation is null)
        {
            missing.Add("explanation（原因说明）");
        }

        if (missing.Count > 0)
        {
            diagnostics.Report(DiagnosticCodes.MissingMonitoringReason, row.Row.Location,
                $"指标 “{row.Published.Name}” 完成目标可能性为 “{Likelihoods.Name(row.Row.Likelihood)}”（指标值 {row.Published.Target.Text.Trim()}，全年预计 {row.Row.Forecast}）：请写 {string.Join("、", missing)}");
        }
    }
}
