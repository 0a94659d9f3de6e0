using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Sample;

/// <summary>
/// A <c>sitegen sample</c> corpus carries self-evaluations for most years that are over, and its data.json alone is
/// enough to recompute every score: the rules of the README are written again here, apart from SiteGen's scorer,
/// and read only the published targets (as parsed in data.json), actuals, weights, grades, stated scores and
/// overrides. The published score equals the computed one except where the form states its own or an override is
/// recorded, and every such difference is a build warning with both numbers.
/// </summary>
public sealed partial class SampleEvaluationTests
{
    [Fact]
    public void Every_computed_score_of_a_sample_corpus_follows_from_data_json_and_each_published_difference_was_warned()
    {
        using var folder = new TempFolder();
        Assert.True(SampleCorpus.Write(new SampleOptions(12, 3, 7, folder.Join("content"))).Succeeded);
        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var warned = result.Diagnostics.Where(d => d.Code == "SG3303").Select(d => d.Message).ToList();
        var differences = new List<string>();
        int projects = 0, rows = 0, unmet = 0, graded = 0, overridden = 0, stated = 0;
        var evaluatedYears = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder.Join("output"), "data.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var data = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var project in data["projects"]!.AsArray().Where(p => p!["evaluation"] is not null))
            {
                projects++;
                evaluatedYears.Add(data["year"]!.ToString());
                var evaluation = project!["evaluation"]!;
                var budgetScore = BudgetScore(D(evaluation["annual_budget"]), D(evaluation["spent"]));
                Assert.Equal(evaluation["stated_budget_score"] is { } sb ? D(sb) : budgetScore, D(evaluation["budget_score"]));
                var total = D(evaluation["budget_score"]);
                var weights = 0m;
                foreach (var indicator in project["indicators"]!.AsArray())
                {
                    var e = indicator!["evaluation"]!;
                    var name = (string)indicator["name"]!;
                    var weight = D(e["weight"]);
                    var target = e["adjusted_target"] is { } adjusted ? null : indicator["target"]!;
                    var grade = (string?)e["grade"];
                    var statedScore = e["stated_score"] is { } s ? D(s) : (decimal?)null;
                    // A stated score places a graded row within its band, unless an override replaces it.
                    var computed = Recompute(target, (string)e["actual"]!, weight, grade, e["override"] is null ? statedScore : null, out var met);
                    Assert.True(computed == D(e["computed_score"]), $"{file}: {name}: computed_score {e["computed_score"]}, recomputed {computed}");
                    Assert.Equal(met, (bool?)e["met"]);
                    Assert.InRange(D(e["score"]), 0m, weight);

                    var published = e["override"] is { } o ? D(o["score"]) : statedScore ?? computed;
                    Assert.Equal(published, D(e["score"]));
                    if (published != computed)
                    {
                        differences.Add($"指标 “{name}” 按规则计算得 {Short(computed)} 分，");
                    }

                    if (met == false)
                    {
                        unmet++;
                        Assert.False(string.IsNullOrWhiteSpace((string?)e["deviation"]), $"{name} is not met and gives no deviation reason");
                    }

                    graded += grade is null ? 0 : 1;
                    overridden += e["override"] is null ? 0 : 1;
                    stated += statedScore is null ? 0 : 1;
                    weights += weight;
                    total += D(e["score"]);
                    rows++;
                }

                Assert.Equal(90m, weights); // with 预算执行's 10, 100
                Assert.Equal(total, D(evaluation["total_score"]));
                Assert.Equal(Grade(total), (string)evaluation["grade"]!);
            }
        }

        // Every published score that is not the computed one drew its own warning, naming the indicator and the computed score.
        Assert.Equal(differences.Count, warned.Count);
        foreach (var difference in differences.GroupBy(d => d))
        {
            Assert.True(warned.Count(w => w.StartsWith(difference.Key, StringComparison.Ordinal)) == difference.Count(), $"not warned: {difference.Key}");
        }

        // Realistic: most years that are over are evaluated (never the last), most indicators met, some not, some graded.
        Assert.Equal(["2019", "2020"], evaluatedYears.Order(StringComparer.Ordinal));
        Assert.InRange(projects, 40, 200);
        Assert.InRange(unmet, rows / 20, rows / 4);
        Assert.True(graded > rows / 10 && overridden > 0 && stated > 0, $"graded {graded}, overridden {overridden}, stated {stated} of {rows}");
        Assert.NotEmpty(differences);
    }

    /// <summary>预算执行: min(执行率, 100%) × 10; a budget of zero with nothing spent counts as fully executed.</summary>
    private static decimal BudgetScore(decimal annual, decimal spent) =>
        annual <= 0m ? (spent <= 0m ? 10m : 0m) : Round(Math.Min(Math.Max(spent, 0m) / annual, 1m) * 10m);

    /// <summary>
    /// One indicator by the README's rules, from its target as data.json parses it (operator, scaled number, unit).
    /// A quantitative target with an actual in its unit is scored by numbers; otherwise the grade decides.
    /// </summary>
    private static decimal Recompute(JsonNode? target, string actual, decimal weight, string? grade, decimal? stated, out bool? met)
    {
        var a = Quantity().Match(actual);
        var unit = (string?)target?["unit"] ?? "";
        var (m, u) = (a.Groups["m"].Value, a.Groups["u"].Value);
        if (m.Length > 0 && m + u == unit)
        {
            (m, u) = ("", unit); // 万元 is the unit, not 万 × 元
        }

        if (target is not null && (string?)target["kind"] == "quantitative" && target["scaled_number"] is { } tn && a.Success && (u.Length == 0 || u == unit))
        {
            var t = D(tn);
            var v = decimal.Parse(a.Groups["n"].Value, CultureInfo.InvariantCulture) * (m switch { "万" => 10_000m, "亿" => 100_000_000m, _ => 1m });
            var op = (string?)target["operator"];
            if (t == 0m && op is null or "=" or "<=" or "<")
            {
                met = v == 0m;
                return v == 0m ? weight : 0m;
            }

            var reverse = op is "<=" or "<";
            met = op switch { "<=" => v <= t, "<" => v < t, ">" => v > t, _ => v >= t };
            if (met == true)
            {
                return weight;
            }

            var raw = reverse ? (v <= 0m ? weight : weight * t / v) : (t <= 0m ? 0m : weight * v / t);
            return Round(Math.Min(Math.Max(raw, 0m), weight));
        }

        (decimal Low, decimal High, decimal Default) band = grade switch
        {
            "达成年度指标" => (0.8m, 1m, 1m),
            "部分达成年度指标并具有一定效果" => (0.6m, 0.8m, 0.7m),
            "未达成年度指标且效果较差" => (0m, 0.6m, 0.3m),
            _ => throw new InvalidOperationException($"an ungraded row the rules cannot score: {actual}"),
        };
        met = grade == "达成年度指标";
        var inBand = stated is { } s && s >= weight * band.Low && (grade == "达成年度指标" ? s <= weight : s < weight * band.High);
        return inBand ? stated!.Value : Round(weight * band.Default);
    }

    private static string Grade(decimal total) => total >= 90m ? "优" : total >= 80m ? "良" : total >= 60m ? "中" : "差";

    private static decimal Round(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

    private static string Short(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static decimal D(JsonNode? node) => decimal.Parse((string)node!, CultureInfo.InvariantCulture);

    /// <summary>An actual as the forms write it: an optional operator, a number, 万 or 亿, a unit.</summary>
    [GeneratedRegex(@"^(?:[≥≤<>=]|>=|<=)?(?<n>\d+(?:\.\d+)?)(?<m>万|亿)?(?<u>.*)$")]
    private static partial Regex Quantity();
}
