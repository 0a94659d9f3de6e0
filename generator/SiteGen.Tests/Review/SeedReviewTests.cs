using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Review;

/// <summary>
/// The review of the bundled seed (content/, the real 2020 disclosure of 县委网信办) finds what a reviewer would: the
/// one 指标值确定依据 pasted under all 18 indicators, and nothing about its valid targets (≥230篇, ≥85百分比, <2次,
/// ≥30万（阅读量）, ≥360天, ≥95百分比 …).
/// </summary>
public sealed class SeedReviewTests
{
    private static readonly ReviewResult Seed = SiteReviewer.Review(new BuildOptions(RepoPaths.Content));

    [Fact]
    public void The_identical_basis_under_all_18_indicators_is_the_one_finding()
    {
        var finding = Assert.Single(Seed.Findings);

        Assert.Equal("SG8005", finding.Diagnostic.Code);
        Assert.Contains("18 个指标中有 18 个", finding.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("《中共临西县委网络安全和信息化委员会办公室职能配置、内设机构和人员编制规定》", finding.Diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("1-临西新闻网平台维护费.yml", finding.Diagnostic.Location.Path, StringComparison.Ordinal);
        Assert.Equal(29, finding.Diagnostic.Location.Line); // the first indicator's basis line
        Assert.False(Seed.ContentHasErrors);
    }

    [Fact]
    public void The_seed_has_the_targets_the_review_must_accept()
    {
        // So the test above cannot pass by the seed having lost the values it is about.
        var targets = Seed.Site!.Disclosures.SelectMany(d => d.Projects).SelectMany(p => p.Indicators).Select(i => i.Target.Text).ToList();

        Assert.Equal(18, targets.Count);
        Assert.Contains("≥230篇（更新新闻篇数）", targets);
        Assert.Contains("≥85百分比", targets);
        Assert.Contains("<2次（被入侵的次数）", targets);
        Assert.Contains("≥30万（阅读量）", targets);
    }
}
