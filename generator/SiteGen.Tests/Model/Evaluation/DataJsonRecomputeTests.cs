using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// data.json alone is enough to recompute every score: an implementation of the README's rules written here, apart
/// from SiteGen's, reads the published targets, actuals, weights, grades and overrides of the fictional evaluation and
/// gets each computed_score, each published score and each project's total.
/// </summary>
public sealed partial class DataJsonRecomputeTests
{
    [Fact]
    public void Every_computed_score_in_data_json_follows_from_the_published_values()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        var disclosure = Directory.GetParent(Directory.EnumerateFiles(site.Join("content"), ContentLoader.DisclosureFileName, SearchOption.AllDirectories).Single())!.FullName;
        site.CopyFrom(Path.Join(RepoPaths.Golden, "Evaluation", "evaluation"), Path.GetRelativePath(site.Path, Path.Join(disclosure, ContentLoader.EvaluationFolderName)));
        site.CopyFrom(RepoPaths.Templates, "templates");
        Assert.Equal(0, CliRunner.Run(site.Path, "build").ExitCode);
        var data = JsonNode.Parse(File.ReadAllText(Directory.EnumerateFiles(site.Join("output"), "data.json", SearchOption.AllDirectories).Single()))!;

        var checkedRows = 0;
        foreach (var project in FindProjects(data))
        {
            var evaluation = project["evaluation"]!;
            var budget = D(evaluation["annual_budget"]);
            var budgetScore = Math.Round(Math.Min(D(evaluation["spent"]) / budget, 1m) * 10m, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(budgetScore, D(evaluation["budget_score"]));
            var total = budgetScore;
            foreach (var indicator in project["indicators"]!.AsArray())
            {
                var e = indicator!["evaluation"]!;
                var target = (string?)e["adjusted_target"]?["target"] ?? (string)indicator["target"]!["text"]!;
                var computed = Recompute(target, (string)e["actual"]!, D(e["weight"]), (string?)e["grade"], e["score"]);
                Assert.Equal(computed, D(e["computed_score"]));
                if (e["override"] is { } o)
                {
                    Assert.Equal(D(o["score"]), D(e["score"])); // an override is what is published
                }

                total += D(e["score"]);
                checkedRows++;
            }

            Assert.Equal(total, D(evaluation["total_score"]));
        }

        Assert.Equal(18, checkedRows);
    }

    private static decimal Recompute(string target, string actual, decimal weight, string? grade, JsonNode? score)
    {
        if (grade is not null)
        {
            var stated = D(score);
            (decimal Low, decimal High, decimal Default) band = grade switch
            {
                "达成年度指标" => (0.8m, 1.0001m, 1m),
                "部分达成年度指标并具有一定效果" => (0.6m, 0.8m, 0.7m),
                _ => (0m, 0.6m, 0.3m),
            };
            return stated >= weight * band.Low && stated < weight * band.High ? stated : Round(weight * band.Default);
        }

        var t = Quantity().Match(target);
        var a = Quantity().Match(actual);
        var op = t.Groups["op"].Value;
        var tv = decimal.Parse(t.Groups["n"].Value, CultureInfo.InvariantCulture) * (t.Groups["m"].Value == "万" ? 10000m : 1m);
        var av = decimal.Parse(a.Groups["n"].Value, CultureInfo.InvariantCulture) * (a.Groups["m"].Value == "万" ? 10000m : 1m);
        var reverse = op is "≤" or "<";
        var met = op switch { "≤" => av <= tv, "<" => av < tv, ">" => av > tv, _ => av >= tv };
        return met ? weight : Round(Math.Min(weight, reverse ? weight * tv / av : weight * av / tv));
    }

    private static decimal Round(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

    private static decimal D(JsonNode? node) => decimal.Parse((string)node!, CultureInfo.InvariantCulture);

    private static IEnumerable<JsonNode> FindProjects(JsonNode node) => node switch
    {
        JsonObject o when o.ContainsKey("indicators") && o.ContainsKey("evaluation") => [o],
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(FindProjects),
        JsonArray a => a.OfType<JsonNode>().SelectMany(FindProjects),
        _ => [],
    };

    [GeneratedRegex(@"^(?<op>[≥≤<>=])?(?<n>\d+(\.\d+)?)(?<m>万)?")]
    private static partial Regex Quantity();
}
