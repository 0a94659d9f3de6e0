using SiteGen.Diagnostics;

namespace SiteGen.Model.Rules;

/// <summary>The checks of one project's budget block and spending plan (DOMAIN.md, "Rules a careful publisher checks").</summary>
internal static class ProjectRules
{
    public static void Check(Project project, DiagnosticBag diagnostics)
    {
        CheckBudget(project.Budget, diagnostics);
        CheckSpendingPlan(project.SpendingPlan, diagnostics);
    }

    private static void CheckBudget(Budget budget, DiagnosticBag diagnostics)
    {
        if (budget.Fiscal is null && budget.Other is null)
        {
            return;
        }

        var sum = (budget.Fiscal?.Value ?? 0m) + (budget.Other?.Value ?? 0m);
        if (sum != budget.Total.Value)
        {
            diagnostics.Report(DiagnosticCodes.BudgetDoesNotAddUp, budget.Total.Location,
                $"预算数 {budget.Total.Text} 不等于财政资金 {budget.Fiscal?.Text ?? "（空）"} 与其他资金 {budget.Other?.Text ?? "（空）"} 之和 {sum}");
        }
    }

    private static void CheckSpendingPlan(IReadOnlyList<SpendingCheckpoint> plan, DiagnosticBag diagnostics)
    {
        SpendingCheckpoint? previous = null;
        foreach (var checkpoint in plan)
        {
            var percent = checkpoint.Percent;
            if (percent.Value is < 0m or > 100m)
            {
                diagnostics.Report(DiagnosticCodes.SpendingPercentOutOfRange, percent.Location,
                    $"“{checkpoint.Label}” 的累计支出 {percent.Text}% 不在 0 到 100 之间");
            }
            else if (previous is not null && percent.Value < previous.Percent.Value)
            {
                diagnostics.Report(DiagnosticCodes.SpendingPlanDecreasing, percent.Location,
                    $"资金支出计划是累计百分比：“{checkpoint.Label}” 的 {percent.Text} 小于前一节点 “{previous.Label}” 的 {previous.Percent.Text}");
            }

            previous = checkpoint;
        }

        if (previous is not null && previous.Percent.Value != 100m && previous.Percent.Value is >= 0m and <= 100m)
        {
            diagnostics.Report(DiagnosticCodes.SpendingPlanNotComplete, previous.Percent.Location,
                $"资金支出计划最后一个节点 “{previous.Label}” 是 {previous.Percent.Text}，不是 100：全年预算没有支出完毕吗？");
        }
    }
}
