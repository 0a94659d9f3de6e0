namespace SiteGen.Model.Evaluation;

/// <summary>预算执行: 执行率 = 全年执行数 / 全年预算数; score = min(执行率, 100%) × 10 (财预〔2020〕10号).</summary>
public static class BudgetExecution
{
    public const decimal Weight = 10m;

    /// <summary>The rate in percent, rounded to two places; null for a budget of zero (nothing to execute against).</summary>
    public static decimal? RatePercent(decimal annualBudget, decimal spent) =>
        annualBudget <= 0m ? null : Scores.Round(spent / annualBudget * 100m);

    /// <summary>The score out of 10. A zero budget with nothing spent counts as fully executed.</summary>
    public static decimal Score(decimal annualBudget, decimal spent)
    {
        if (annualBudget <= 0m)
        {
            return spent <= 0m ? Weight : 0m;
        }

        var rate = Math.Max(spent, 0m) / annualBudget;
        return Scores.Round(Math.Min(rate, 1m) * Weight);
    }
}
