using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>The funds block of a mid-year monitoring: 执行率 = 1-7月执行数 / 全年预算数, so it is computed, never written.</summary>
public sealed record MonitoringFundsFormat : MapFormat
{
    public ContentField InitialBudget { get; } = new("initial_budget", "年初预算数", Amount, description: "年初预算数，按原文写");
    public ContentField AnnualBudget { get; } = new("annual_budget", "全年预算数", Amount, required: true, "全年预算数（调整后），执行率的分母");
    public ContentField Spent { get; } = new("spent", "1-7月执行数", Amount, required: true, "截至监控日期的执行数（通常为 1-7 月）");

    internal MonitoringFundsFormat()
        : base("项目资金") => Define(InitialBudget, AnnualBudget, Spent);
}
