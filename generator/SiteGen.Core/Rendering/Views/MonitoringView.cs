using System.Globalization;
using SiteGen.Model.Monitoring;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Rendering.Views;

/// <summary>A project's mid-year monitoring (运行监控): funds spent by the date, and each indicator's progress against its target.</summary>
/// <param name="AsOf">截至 date as the page writes it (2020年7月31日).</param>
/// <param name="Period">The months the figures cover, as the form heads its columns: 1-7月.</param>
/// <param name="ExecutionRate">1-7月执行数 / 全年预算数 in percent, or — for a budget of zero.</param>
public sealed record MonitoringView(
    string Id,
    string AsOf,
    string Period,
    string InitialBudget,
    string AnnualBudget,
    string Spent,
    string ExecutionRate,
    IReadOnlyList<MonitoredRowView> Rows)
{
    public static MonitoringView From(MonitoredProject m, string projectId) => new(
        projectId + "-monitoring",
        m.Monitoring.AsOf.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
        m.Monitoring.AsOf.Month == 1 ? "1月" : $"1-{m.Monitoring.AsOf.Month}月",
        m.Monitoring.InitialBudget?.Text ?? "",
        m.Monitoring.AnnualBudget.Text,
        m.Monitoring.Spent.Text,
        m.ExecutionRate is { } rate ? EvaluationView.Number(rate) + "%" : "—",
        [.. m.Rows.Select(MonitoredRowView.From)]);
}

/// <summary>
/// One indicator of a monitoring. <see cref="Likelihood"/> is the form's words (确定能 / 有可能 / 完全不可能), shown as
/// text; <see cref="LikelihoodClass"/> only adds a style to it, never carries the meaning alone.
/// </summary>
/// <param name="Causes">偏差原因, joined by 、; empty when none is given.</param>
public sealed record MonitoredRowView(
    string Level1,
    string Name,
    string Target,
    string Actual,
    string Forecast,
    string Likelihood,
    string LikelihoodClass,
    string Causes,
    Html? Explanation)
{
    public static MonitoredRowView From(MonitoredRow r) => new(
        r.Published.Level1,
        r.Published.Name,
        r.Published.Target.Text.Trim(),
        r.Row.Actual,
        r.Row.Forecast,
        Likelihoods.Name(r.Row.Likelihood),
        r.Row.Likelihood switch
        {
            Model.Monitoring.Likelihood.Certain => "likely-certain",
            Model.Monitoring.Likelihood.Possible => "likely-possible",
            _ => "likely-impossible",
        },
        string.Join("、", r.Row.Causes),
        r.Row.Explanation is { } e ? MarkdownRenderer.Render(e) : null);
}
