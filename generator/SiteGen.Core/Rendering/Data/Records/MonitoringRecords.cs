using System.ComponentModel;
using SiteGen.Model.Monitoring;

namespace SiteGen.Rendering.Data.Records;

/// <summary>
/// A project's mid-year monitoring (运行监控) in data.json, present only when the project has one: a disclosure without
/// monitoring writes exactly the data it wrote before. Amounts are decimal strings, as written.
/// </summary>
internal sealed record ProjectMonitoringRecord
{
    [Description("监控截止日期 YYYY-MM-DD")]
    public required string AsOf { get; init; }

    [DecimalText]
    [Description("年初预算数")]
    public required string? InitialBudget { get; init; }

    [DecimalText]
    [Description("全年预算数")]
    public required string AnnualBudget { get; init; }

    [DecimalText]
    [Description("截至监控日期的执行数（1-7月执行数）")]
    public required string Spent { get; init; }

    [DecimalText]
    [Description("执行率（%），执行数 / 全年预算数，两位小数；全年预算数为 0 时为 null")]
    public required string? ExecutionRate { get; init; }

    [Description("各指标运行情况，按绩效指标表的顺序")]
    public required IReadOnlyList<MonitoredIndicatorRecord> Indicators { get; init; }

    public static ProjectMonitoringRecord From(MonitoredProject m) => new()
    {
        AsOf = m.Monitoring.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        InitialBudget = m.Monitoring.InitialBudget?.Text,
        AnnualBudget = m.Monitoring.AnnualBudget.Text,
        Spent = m.Monitoring.Spent.Text,
        ExecutionRate = m.ExecutionRate is { } r ? ProjectEvaluationRecord.Text(r) : null,
        Indicators = [.. m.Rows.Select(MonitoredIndicatorRecord.From)],
    };
}

/// <summary>One indicator's mid-year progress in data.json.</summary>
internal sealed record MonitoredIndicatorRecord
{
    [Description("三级指标名称（与 indicators 中的 name 相同）")]
    public required string Name { get; init; }

    [Description("年度指标值，即已公开的指标值")]
    public required string Target { get; init; }

    [Description("截至监控日期的实际完成值（1-7月实际完成值），原文照录")]
    public required string Actual { get; init; }

    [Description("全年预计完成值，原文照录")]
    public required string Forecast { get; init; }

    [Description("完成目标可能性：确定能、有可能、完全不可能")]
    public required string Likelihood { get; init; }

    [Description("偏差原因：经费保障、制度保障、人员保障、硬件条件保障、其他（可多个）")]
    public required IReadOnlyList<string> Causes { get; init; }

    [Description("原因说明（Markdown）；未写时为 null")]
    public required string? Explanation { get; init; }

    public static MonitoredIndicatorRecord From(MonitoredRow r) => new()
    {
        Name = r.Published.Name,
        Target = r.Published.Target.Text,
        Actual = r.Row.Actual,
        Forecast = r.Row.Forecast,
        Likelihood = Likelihoods.Name(r.Row.Likelihood),
        Causes = r.Row.Causes,
        Explanation = r.Row.Explanation?.Markdown,
    };
}
