namespace SiteGen.Model.Monitoring;

/// <summary>A project's mid-year monitoring, matched to its published targets.</summary>
/// <param name="ExecutionRate">执行率 (1-7月执行数 / 全年预算数) in percent, two places; null when the annual budget is zero.</param>
/// <param name="Rows">Each monitored indicator beside its published target, in the order of the target table.</param>
public sealed record MonitoredProject(
    Project Project,
    ProjectMonitoring Monitoring,
    decimal? ExecutionRate,
    IReadOnlyList<MonitoredRow> Rows);

/// <summary>One published indicator beside its monitoring row.</summary>
public sealed record MonitoredRow(Indicator Published, MonitoredIndicator Row)
{
    /// <summary>The monitoring doubts the target will be met (有可能 or 完全不可能).</summary>
    public bool Deviates => Row.Likelihood != Likelihood.Certain;
}
