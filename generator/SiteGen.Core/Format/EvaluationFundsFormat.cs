using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>The funds block of a self-evaluation: 执行率 = 全年执行数 / 全年预算数, so it is computed, never written.</summary>
public sealed record EvaluationFundsFormat : MapFormat
{
    public ContentField InitialBudget { get; } = new("initial_budget", "年初预算数", Amount, description: "年初预算数，按原文写");
    public ContentField AnnualBudget { get; } = new("annual_budget", "全年预算数", Amount, required: true, "全年预算数（调整后），执行率的分母");
    public ContentField Spent { get; } = new("spent", "全年执行数", Amount, required: true, "全年执行数");
    public ContentField Score { get; } = new("score", "预算执行得分", Amount, description: "原表的预算执行得分（满分 10）；不写时按 min(执行率, 100%) × 10 计算");

    internal EvaluationFundsFormat()
        : base("项目资金") => Define(InitialBudget, AnnualBudget, Spent, Score);
}
