using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Review;

/// <summary>The review report is part of the published site only when site.yml asks (review: publish: true).</summary>
public sealed class PublishedReviewTests
{
    private static readonly string ReviewDir = Path.Join(RepoPaths.Golden, "Review");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_site_holds_review_index_html_only_when_site_yml_publishes_it(bool publish)
    {
        using var site = new TempFolder();
        site.CopyFrom(Path.Join(ReviewDir, "_base"));
        site.CopyFrom(Path.Join(ReviewDir, "target-lowered", "content"), "content");
        if (publish)
        {
            File.AppendAllText(site.Join("content", "site.yml"), "review:\n  publish: true\n");
        }

        var result = SiteBuilder.Build(new BuildOptions(site.Join("content"), null, site.Join("output")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var report = site.Join("output", "review", "index.html");
        Assert.Equal(publish, File.Exists(report));
        if (publish)
        {
            var html = File.ReadAllText(report);
            Assert.Contains("SG8008", html, StringComparison.Ordinal);
            Assert.Contains("href=\"../2021/100001/index.html#project-100-0001-TEST-A1-i3\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        }
    }
}
