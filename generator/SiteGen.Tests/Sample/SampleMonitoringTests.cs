using System.Text.Json.Nodes;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Sample;

/// <summary>
/// A <c>sitegen sample</c> corpus carries mid-year monitoring for most disclosures of the years that are over (never
/// the last year), as of 7月31日 of its year, with every doubtful target explained: it builds without a monitoring warning.
/// </summary>
public sealed class SampleMonitoringTests
{
    [Fact]
    public void Most_past_disclosures_are_monitored_realistically_and_none_draws_a_monitoring_diagnostic()
    {
        using var folder = new TempFolder();
        Assert.True(SampleCorpus.Write(new SampleOptions(12, 3, 7, folder.Join("content"))).Succeeded);
        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "SG3311" or "SG3312" or "SG3313");

        var monitoredByYear = new Dictionary<int, int>();
        var likelihoods = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder.Join("output"), "data.json", SearchOption.AllDirectories).Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) != "output"))
        {
            var data = JsonNode.Parse(File.ReadAllText(file))!;
            var year = (int)data["year"]!;
            var monitored = data["projects"]!.AsArray().Select(p => p!["monitoring"]).OfType<JsonNode>().ToList();
            monitoredByYear[year] = monitoredByYear.GetValueOrDefault(year) + (monitored.Count > 0 ? 1 : 0);
            foreach (var m in monitored)
            {
                Assert.Equal($"{year}-07-31", (string?)m["as_of"]);
                Assert.True(decimal.Parse((string)m["spent"]!, System.Globalization.CultureInfo.InvariantCulture) <= decimal.Parse((string)m["annual_budget"]!, System.Globalization.CultureInfo.InvariantCulture));
                foreach (var row in m["indicators"]!.AsArray())
                {
                    likelihoods.Add((string)row!["likelihood"]!);
                }
            }
        }

        var years = monitoredByYear.Keys.Order().ToList();
        Assert.Equal(0, monitoredByYear[years[^1]]); // the last year is not over: no monitoring of a year to come
        Assert.All(years.SkipLast(1), y => Assert.True(monitoredByYear[y] >= 6, $"{y}: {monitoredByYear[y]} of 12 monitored"));
        Assert.Equal(["完全不可能", "有可能", "确定能"], likelihoods.Order(StringComparer.Ordinal));
    }
}
