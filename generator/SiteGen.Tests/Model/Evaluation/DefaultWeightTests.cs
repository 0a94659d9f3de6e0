using SiteGen.Model.Evaluation;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>The default weights: 产出 50 / 效益 30 / 满意度 10, split equally, with the documented redistribution.</summary>
public sealed class DefaultWeightTests
{
    [Fact]
    public void Each_group_is_split_equally_over_its_indicators()
    {
        var weights = DefaultWeights.For(["产出指标", "产出指标", "效益指标", "满意度指标", "效益指标"]);

        Assert.Equal([25m, 25m, 15m, 10m, 15m], weights);
    }

    [Fact]
    public void An_uneven_split_is_rounded_and_the_last_indicator_takes_the_remainder()
    {
        var weights = DefaultWeights.For(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);

        Assert.Equal([16.67m, 16.67m, 16.66m, 30m, 10m], weights);
        Assert.Equal(90m, weights.Sum());
    }

    [Fact]
    public void Without_satisfaction_indicators_their_weight_goes_to_the_others_in_proportion()
    {
        var weights = DefaultWeights.For(["产出指标", "效益指标"]);

        Assert.Equal([56.25m, 33.75m], weights);
    }

    [Fact]
    public void Cost_indicators_of_the_2021_framework_share_the_output_weight()
    {
        var weights = DefaultWeights.For(["成本指标", "产出指标", "效益指标", "满意度指标"]);

        Assert.Equal([25m, 25m, 30m, 10m], weights);
    }

    [Fact]
    public void Weights_written_with_their_points_count_in_their_group()
    {
        var weights = DefaultWeights.For(["产出指标(50分)", "效果指标", "满意度"]);

        Assert.Equal([50m, 30m, 10m], weights);
    }

    [Fact]
    public void Any_mix_of_groups_totals_90()
    {
        string[] names = ["产出指标", "成本指标", "效益指标", "满意度指标"];
        var random = new Random(13);
        for (var run = 0; run < 500; run++)
        {
            var level1s = Enumerable.Range(0, random.Next(1, 20)).Select(_ => names[random.Next(names.Length)]).ToList();

            Assert.Equal(90m, DefaultWeights.For(level1s).Sum());
        }
    }
}
