using System.Text.Json.Nodes;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Data;

/// <summary>
/// The County fixture's Data Packages: one per year and per disclosure, each resource at a path that exists,
/// in utf-8, carrying exactly the shipped Table Schema. (Frictionless/validate-datapackages.js runs frictionless's
/// own JavaScript libraries over them; they reject the CSV's BOM today, see README "开放数据".)
/// </summary>
public sealed class FrictionlessValidationTests : IClassFixture<CountySite>
{
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
}
