using SiteGen.Diagnostics;

namespace SiteGen.Model.Monitoring;

/// <summary>One project's mid-year monitoring (monitoring/*.yml) as written, before it is matched to the targets.</summary>
/// <param name="ProjectCode">The project it monitors, by code.</param>
/// <param name="AsOf">The date its figures stand at (usually 7月31日).</param>
/// <param name="Spent">执行数 up to <paramref name="AsOf"/> (1-7月执行数).</param>
public sealed record ProjectMonitoring(
    string ProjectCode,
    DateOnly AsOf,
    Amount? InitialBudget,
    Amount AnnualBudget,
    Amount Spent,
    IReadOnlyList<MonitoredIndicator> Indicators,
    SourceLocation Location,
    SourceLocation ProjectLocation,
    SourceLocation AsOfLocation);

/// <summary>One row of a mid-year monitoring, as written.</summary>
/// <param name="Key">The published indicator it follows: its 三级指标 name or its id.</param>
/// <param name="Actual">1-7月实际完成值, as written.</param>
/// <param name="Forecast">全年预计完成值, as written.</param>
/// <param name="Causes">偏差原因, each one of <see cref="Format.MonitoredIndicatorFormat.CauseNames"/>; empty when none is given.</param>
/// <param name="Explanation">原因说明.</param>
public sealed record MonitoredIndicator(
    string Key,
    string Actual,
    string Forecast,
    Likelihood Likelihood,
    IReadOnlyList<string> Causes,
    Prose? Explanation,
    SourceLocation Location);
