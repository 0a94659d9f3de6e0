using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.History;

/// <summary>
/// A ten-year sample corpus (2019–2028) with three changes planted in one continuing project between 2023 and 2024
/// (a raised target, a lowered one, a dropped indicator): every page with a previous year shows 与上年相比, the first
/// year's pages do not, and the planted changes are on the 2024 page in words and in its data.json's previous_year.
/// </summary>
public sealed partial class YearOverYearSiteTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _content;
    private readonly string _output;
    private readonly (string Raised, string Lowered, string Dropped, string Code) _planted;

    public YearOverYearSiteTests()
    {
        _content = _folder.Join("content");
        _output = _folder.Join("output");
        Assert.True(SampleCorpus.Write(new SampleOptions(2, 10, 7, _content)).Succeeded);
        _planted = Plant();
        var result = SiteBuilder.Build(new BuildOptions(_content, null, _output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_disclosure_page_with_a_previous_year_compares_with_it_and_the_first_year_does_not()
    {
        var pages = Directory.GetFiles(_output, "index.html", SearchOption.AllDirectories)
            .Where(p => DisclosurePage().IsMatch(p.Replace('\\', '/')))
            .ToList();
        Assert.Equal(20, pages.Count);
        foreach (var page in pages)
        {
            var year = int.Parse(DisclosurePage().Match(page.Replace('\\', '/')).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var html = File.ReadAllText(page);
            if (year == SampleOptions.FirstYear)
            {
                Assert.DoesNotContain("与上年相比", html, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains($"与上年相比（{year - 1}年）", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_planted_changes_are_on_the_page_in_words()
    {
        var html = File.ReadAllText(Path.Join(_output, "2024", "900000", "index.html"));
        var section = html[html.IndexOf("<section class=\"year-over-year\"", StringComparison.Ordinal)..html.IndexOf("<section class=\"downloads\"", StringComparison.Ordinal)];

        Assert.Contains($"<tr><th scope=\"row\">{_planted.Raised}</th><td>≥100个</td><td>≥120个</td><td>提高</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains($"<tr><th scope=\"row\">{_planted.Lowered}</th><td>≥90%</td><td>≥80%</td><td>降低</td></tr>", section, StringComparison.Ordinal);
        Assert.Matches($"<li>取消指标：[^<]*{Regex.Escape(_planted.Dropped)}", section);
    }

    [Fact]
    public void The_planted_changes_are_in_data_json()
    {
        var data = JsonNode.Parse(File.ReadAllText(Path.Join(_output, "2024", "900000", "data.json")))!;
        var previous = data["previous_year"]!;
        Assert.Equal(2023, (int)previous["year"]!);
        var project = previous["projects_continued"]!.AsArray().Single(p => (string?)p!["code"] == _planted.Code)!;
        var changes = project["targets_changed"]!.AsArray().ToDictionary(c => (string)c!["name"]!, c => ((string?)c!["previous"], (string?)c!["current"], (string?)c!["change"]));

        Assert.Equal(("≥100个", "≥120个", "raised"), changes[_planted.Raised]);
        Assert.Equal(("≥90%", "≥80%", "lowered"), changes[_planted.Lowered]);
        Assert.Contains(_planted.Dropped, project["indicators_dropped"]!.AsArray().Select(n => (string)n!));
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Join(_output, "2019", "900000", "data.json")))!["previous_year"]);
    }

    /// <summary>
    /// Sets two targets of the first project of 2023 (≥100个, ≥90%), and makes 2024's first project that project
    /// again, with those targets raised and lowered and its third indicator dropped. Returns the names and the code.
    /// </summary>
    private (string, string, string, string) Plant()
    {
        var before = Directory.GetFiles(Path.Join(Directory.GetDirectories(Path.Join(_content, "2023"), "900000-*").Single(), "projects"), "1-*.yml").Single();
        var afterFolder = Path.Join(Directory.GetDirectories(Path.Join(_content, "2024"), "900000-*").Single(), "projects");
        var after = Directory.GetFiles(afterFolder, "1-*.yml").Single();
        var lines = File.ReadAllLines(before).ToList();
        var rows = lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("  - level1:", StringComparison.Ordinal)).Select(x => x.i).ToList();
        var end = lines.FindIndex(rows[0], l => l.Length > 0 && !l.StartsWith(' '));
        var names = rows.Take(3).Select(r => lines.Skip(r).First(l => l.StartsWith("    name:", StringComparison.Ordinal))["    name: ".Length..]).ToList();
        Assert.Equal(3, names.Distinct().Count());
        var code = lines.First(l => l.StartsWith("code:", StringComparison.Ordinal))["code: ".Length..].Trim('"');

        List<string> WithTargets(string first, string second)
        {
            var copy = lines.ToList();
            copy[copy.FindIndex(rows[0], l => l.StartsWith("    target:", StringComparison.Ordinal))] = "    target: " + first;
            copy[copy.FindIndex(rows[1], l => l.StartsWith("    target:", StringComparison.Ordinal))] = "    target: " + second;
            return copy;
        }

        File.WriteAllLines(before, WithTargets("≥100个", "≥90%"));
        var next = WithTargets("≥120个", "≥80%");
        next.RemoveRange(rows[2], (rows.Count > 3 ? rows[3] : end < 0 ? next.Count : end) - rows[2]);
        File.Delete(after);
        File.WriteAllLines(Path.Join(afterFolder, Path.GetFileName(before)), next);

        // The sample's self-evaluations and monitoring reports of the two rewritten projects judged the targets as
        // generated; they would now name indicators that are gone (SG3202, SG3212), so they go with the rewrite
        // (not every disclosure has them).
        foreach (var project in new[] { before, after })
        {
            foreach (var kind in new[] { "evaluation", "monitoring" })
            {
                var report = Path.Join(Path.GetDirectoryName(Path.GetDirectoryName(project))!, kind, Path.GetFileName(project));
                if (File.Exists(report))
                {
                    File.Delete(report);
                }
            }
        }

        return (names[0], names[1], names[2], code);
    }

    [GeneratedRegex(@"/(\d{4})/\d+/index\.html$")]
    private static partial Regex DisclosurePage();
}
