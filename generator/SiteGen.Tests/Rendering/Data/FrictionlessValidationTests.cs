using System.Text.Json.Nodes;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Data;

/// <summary>
/// The published CSVs load in frictionless's own tools: every datapackage.json, its Table Schemas and every row
/// are checked by npm datapackage@1/tableschema@1 (Frictionless/validate-datapackages.js), which .ci/test installs
/// into $SITEGEN_NPM_PREFIX (default ~/.cache/sitegen-npm). A machine without them fails these tests with the
/// install command: they are never skipped.
/// </summary>
public sealed class FrictionlessValidationTests : IClassFixture<CountySite>
{
    private static readonly string Modules = Environment.GetEnvironmentVariable("SITEGEN_NPM_PREFIX")
        ?? Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "sitegen-npm");

    private readonly CountySite _site;

    public FrictionlessValidationTests(CountySite site) => _site = site;

    [Fact]
    public void Each_package_resource_carries_the_shipped_table_schema_and_a_path_that_exists()
    {
        var packages = Directory.EnumerateFiles(_site.Output, "datapackage.json", SearchOption.AllDirectories).ToList();
        Assert.Equal(_site.Site.Disclosures.Count + _site.Site.Disclosures.Select(d => d.Year).Distinct().Count(), packages.Count);
        foreach (var package in packages)
        {
            foreach (var resource in JsonNode.Parse(File.ReadAllText(package))!["resources"]!.AsArray())
            {
                Assert.True(File.Exists(Path.Join(Path.GetDirectoryName(package), (string)resource!["path"]!)), $"{package}: {resource["path"]}");
                Assert.Equal("utf-8", (string)resource["encoding"]!);
                var shipped = JsonNode.Parse(File.ReadAllText(Path.Join(_site.Output, "data", "schema", "v1", $"{resource["schema"]!["name"]}.csv.json")));
                Assert.True(JsonNode.DeepEquals(shipped, resource["schema"]), $"{package}: {resource["name"]} differs from the shipped schema");
            }
        }
    }

    [Fact]
    public void Every_csv_of_the_county_site_validates_in_frictionless()
    {
        var validated = Validate(_site.Output);

        var csvs = Directory.EnumerateFiles(_site.Output, "*.csv", SearchOption.AllDirectories).Count();
        Assert.Equal(csvs, validated.Count);
        Assert.Contains(validated, line => line.EndsWith("/projects.csv " + _site.Site.Disclosures.Where(d => d.Year == 2020).Sum(d => d.Projects.Count), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_csv_of_a_sample_corpus_validates_in_frictionless()
    {
        // The sample fills the optional columns (funding sources, metadata, empty amounts) the County fixture leaves out.
        using var folder = new TempFolder();
        var content = folder.Join("content");
        Assert.True(SampleCorpus.Write(new SampleOptions(6, 3, 7, content)).Succeeded);
        var output = folder.Join("output");
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Templates, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var validated = Validate(output);

        Assert.Equal(Directory.EnumerateFiles(output, "*.csv", SearchOption.AllDirectories).Count(), validated.Count);
    }

    [Fact]
    public void A_csv_its_schema_does_not_describe_fails_in_frictionless_naming_the_file_and_column()
    {
        // The check can fail: a value that is not its column's type, and a renamed header, as a hand edit might leave them.
        using var site = new TempFolder();
        site.CopyFrom(_site.Output);
        var projects = site.Join("2020", "projects.csv");
        var lines = File.ReadAllText(projects).Split("\r\n");
        lines[1] = "2020x" + lines[1][4..]; // 年度 is an integer
        File.WriteAllText(projects, string.Join("\r\n", lines), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var indicators = site.Join("2020", "indicators.csv");
        File.WriteAllText(indicators, File.ReadAllText(indicators).Replace("三级指标", "指标名称", StringComparison.Ordinal), new System.Text.UTF8Encoding(true));

        var result = RunValidator(site.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2020/projects.csv", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("The value \"2020x\" in column \"年度\" is not type \"integer\"", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("2020/indicators.csv", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("三级指标", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("ok 2020/projects.csv", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("ok 2020/indicators.csv", result.StdOut, StringComparison.Ordinal);
    }

    /// <summary>Runs the validator over a built site; returns its "ok path rows" lines, failing with its errors.</summary>
    private static List<string> Validate(string site)
    {
        var result = RunValidator(site);
        Assert.True(result.ExitCode == 0, $"frictionless rejects the site ({result.ExitCode}):\n{result.StdErr}");
        return result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith("ok ", StringComparison.Ordinal)).ToList();
    }

    private static ProcessRunner.Result RunValidator(string site)
    {
        Assert.True(
            Directory.Exists(Path.Join(Modules, "node_modules", "datapackage")) && Directory.Exists(Path.Join(Modules, "node_modules", "tableschema")),
            $"frictionless's JavaScript libraries are not installed in {Modules}: run .ci/test, or npm install --prefix {Modules} datapackage@1 tableschema@1");
        var script = Path.Join(AppContext.BaseDirectory, "Rendering", "Data", "Frictionless", "validate-datapackages.js");
        return ProcessRunner.Run("node", [script, site, Modules], TimeSpan.FromMinutes(1), NodeRunner.Missing);
    }
}
