using SiteGen.Model.Evaluation;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// Properties of the quantitative rules over many generated values (a fixed seed, so a failure repeats): a score
/// never exceeds its weight nor falls below zero, rises with the actual for a positive target and falls for a reverse
/// one, and a reverse target mirrors a positive one (target / actual against actual / target).
/// </summary>
public sealed class ScoringPropertyTests
{
    private static IEnumerable<(decimal Target, decimal Actual, decimal Weight)> Cases(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2000; i++)
        {
            yield return (random.Next(1, 100_000) / 100m, random.Next(0, 200_000) / 100m, random.Next(1, 5000) / 100m);
        }
    }

    [Theory]
    [InlineData("≥")]
    [InlineData(">")]
    [InlineData("=")]
    [InlineData("≤")]
    [InlineData("<")]
    [InlineData(null)]
    public void A_score_is_never_above_its_weight_nor_below_zero(string? op)
    {
        foreach (var (target, actual, weight) in Cases(1))
        {
            var score = IndicatorScoring.Quantitative(op, target, actual, weight).Score;

            Assert.InRange(score, 0m, weight);
        }
    }

    [Fact]
    public void A_positive_score_never_falls_as_the_actual_rises_and_a_reverse_one_never_rises()
    {
        foreach (var (target, actual, weight) in Cases(2))
        {
            var more = actual + 1m;
            Assert.True(IndicatorScoring.Quantitative("≥", target, more, weight).Score >= IndicatorScoring.Quantitative("≥", target, actual, weight).Score);
            Assert.True(IndicatorScoring.Quantitative("≤", target, more, weight).Score <= IndicatorScoring.Quantitative("≤", target, actual, weight).Score);
        }
    }

    [Fact]
    public void A_reverse_target_mirrors_a_positive_one()
    {
        foreach (var (target, actual, weight) in Cases(3).Where(c => c.Actual > 0m))
        {
            // Under ≤ T an actual A scores as A' = T² / A would under ≥ T: both are weight × T / A.
            var mirrored = target * target / actual;
            var reverse = IndicatorScoring.Quantitative("≤", target, actual, weight);
            var positive = IndicatorScoring.Quantitative("≥", target, mirrored, weight);

            Assert.Equal(positive.Met, reverse.Met);
            Assert.True(Math.Abs(positive.Score - reverse.Score) <= 0.01m, $"T={target} A={actual} W={weight}: {positive.Score} vs {reverse.Score}");
        }
    }

    [Fact]
    public void A_met_target_always_scores_its_full_weight()
    {
        foreach (var (target, actual, weight) in Cases(4))
        {
            var result = IndicatorScoring.Quantitative("≥", target, actual, weight);
            Assert.Equal(actual >= target, result.Met);
            if (result.Met == true)
            {
                Assert.Equal(weight, result.Score);
            }
        }
    }
}
