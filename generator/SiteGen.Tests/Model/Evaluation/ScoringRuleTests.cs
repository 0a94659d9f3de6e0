using SiteGen.Model.Evaluation;
using SiteGen.Model.Targets;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>Each scoring rule of DOMAIN.md ("The year's cycle") on a case a person can check by hand.</summary>
public sealed class ScoringRuleTests
{
    [Theory]
    [InlineData("10.00", "9.60", "9.60")]
    [InlineData("10.00", "10.00", "10.00")]
    [InlineData("10.00", "12.00", "10.00")] // above budget: capped at 100%
    [InlineData("3.00", "1.00", "3.33")]
    [InlineData("0", "0", "10")]
    public void Budget_execution_scores_min_of_rate_and_100_percent_times_10(string budget, string spent, string expected) =>
        Assert.Equal(decimal.Parse(expected), BudgetExecution.Score(decimal.Parse(budget), decimal.Parse(spent)));

    [Fact]
    public void The_execution_rate_is_spent_over_annual_budget_in_percent() =>
        Assert.Equal(96.00m, BudgetExecution.RatePercent(10.00m, 9.60m));

    [Theory]
    [InlineData("≥230篇", "240篇", "10", "10", true)]
    [InlineData("≥230篇", "230篇", "10", "10", true)]
    [InlineData("≥200篇", "150篇", "10", "7.5", false)] // 10 × 150 / 200
    [InlineData("不低于95%", "90%", "20", "18.95", false)] // 20 × 90 / 95 = 18.947…
    [InlineData("=12次", "12次", "5", "5", true)]
    [InlineData("≤2.5万元", "2.4万元", "6", "6", true)]
    [InlineData("≤2.5万元", "3万元", "6", "5", false)] // 6 × 2.5 / 3
    [InlineData("<2次", "1次", "10", "10", true)]
    [InlineData("<2次", "4次", "10", "5", false)] // 10 × 2 / 4
    [InlineData("≥1万人", "8000人", "10", "8", false)] // magnitude scaled: 10 × 8000 / 10000
    [InlineData("≥2万元", "15000元", "10", "7.5", false)] // money units converted
    [InlineData("≥95%", "96", "10", "10", true)] // an actual without a unit is read in the target's
    public void Quantitative_targets_score_by_the_positive_and_reverse_formulas(string target, string actual, string weight, string expected, bool met)
    {
        var result = IndicatorScoring.Score(TargetValueParser.Parse(target), actual, decimal.Parse(weight), null);

        Assert.Equal(decimal.Parse(expected), result.Score);
        Assert.Equal(met, result.Met);
        Assert.Equal(ScoringProblem.None, result.Problem);
    }

    [Theory]
    [InlineData("=0起", "0起", "10", true)]
    [InlineData("≤0次", "0次", "10", true)]
    [InlineData("=0起", "1起", "0", false)]
    [InlineData("≤0次", "2次", "0", false)]
    public void A_target_of_zero_gives_full_weight_only_for_an_actual_of_zero(string target, string actual, string expected, bool met)
    {
        var result = IndicatorScoring.Score(TargetValueParser.Parse(target), actual, 10m, null);

        Assert.Equal(decimal.Parse(expected), result.Score);
        Assert.Equal(met, result.Met);
        Assert.Equal(met ? ScoringProblem.None : ScoringProblem.ZeroTargetMissed, result.Problem);
    }

    [Theory]
    [InlineData("≥230篇", "240个")]
    [InlineData("≥230篇", "基本完成")]
    public void An_actual_that_cannot_be_compared_scores_nothing_and_says_why(string target, string actual)
    {
        var result = IndicatorScoring.Score(TargetValueParser.Parse(target), actual, 10m, null);

        Assert.Equal(0m, result.Score);
        Assert.Null(result.Met);
        Assert.Equal(ScoringProblem.NotComparable, result.Problem);
    }

    [Theory]
    [InlineData(QualitativeGrade.Achieved, "10", true)]
    [InlineData(QualitativeGrade.PartlyAchieved, "7", false)]
    [InlineData(QualitativeGrade.NotAchieved, "3", false)]
    public void A_qualitative_target_scores_by_its_grade(QualitativeGrade grade, string expected, bool met)
    {
        var result = IndicatorScoring.Score(TargetValueParser.Parse("达标"), "达标", 10m, grade);

        Assert.Equal(decimal.Parse(expected), result.Score);
        Assert.Equal(met, result.Met);
    }

    [Fact]
    public void A_qualitative_target_without_a_grade_cannot_be_scored() =>
        Assert.Equal(ScoringProblem.MissingGrade, IndicatorScoring.Score(TargetValueParser.Parse("效果明显"), "效果明显", 10m, null).Problem);

    [Theory]
    [InlineData(QualitativeGrade.Achieved, "8", true)] // 80% belongs to the upper band
    [InlineData(QualitativeGrade.PartlyAchieved, "8", false)]
    [InlineData(QualitativeGrade.PartlyAchieved, "6", true)] // 60% belongs to the middle band
    [InlineData(QualitativeGrade.NotAchieved, "6", false)]
    [InlineData(QualitativeGrade.NotAchieved, "0", true)]
    [InlineData(QualitativeGrade.Achieved, "10.5", false)]
    public void The_qualitative_bands_own_80_and_60_percent_as_DOMAIN_says(QualitativeGrade grade, string score, bool inBand) =>
        Assert.Equal(inBand, QualitativeGrades.InBand(grade, decimal.Parse(score), 10m));

    [Theory]
    [InlineData("100", "优")]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("79.99", "中")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    public void The_grade_follows_the_total(string total, string grade) =>
        Assert.Equal(grade, PerformanceGrade.Of(decimal.Parse(total)));
}
