using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using SiteGen.Rendering;
using SiteGen.Rendering.Data;
using SiteGen.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Rendering.Data;

/// <summary>
/// The open data of the County fixture (6 departments, 3 years, 万元 and 元) plus one project of awkward
/// values: every file is there, parses back to exactly what the YAML says, and the pages link to it.
/// </summary>
public sealed class OpenDataTests : IClassFixture<OpenDataTests.BuiltCounty>
{
    private readonly BuiltCounty _site;

    public OpenDataTests(BuiltCounty site) => _site = site;

    [Fact]
    public void Every_disclosure_has_its_data_json_and_indicators_csv_and_every_year_its_two_csv_files()
    {
        Assert.NotEmpty(_site.Disclosures);
        foreach (var (year, code) in _site.Disclosures)
        {
            Assert.True(File.Exists(_site.Output($"{year}/{code}/data.json")), $"{year}/{code}/data.json");
            Assert.True(File.Exists(_site.Output($"{year}/{code}/indicators.csv")), $"{year}/{code}/indicators.csv");
        }

        foreach (var year in _site.Disclosures.Select(d => d.Year).Distinct())
        {
            Assert.True(File.Exists(_site.Output($"{year}/projects.csv")));
            Assert.True(File.Exists(_site.Output($"{year}/indicators.csv")));
        }

        foreach (var schema in new[] { "disclosure.schema.json", "indicators.csv.json", "projects.csv.json" })
        {
            Assert.True(File.Exists(_site.Output("data/schema/v1/" + schema)), schema);
        }
    }

    [Fact]
    public void Each_disclosure_csv_has_one_row_per_indicator_with_the_yaml_texts_exactly()
    {
        foreach (var (year, code) in _site.Disclosures)
        {
            var rows = Csv.ReadRecords(_site.Output($"{year}/{code}/indicators.csv"));
            var expected = _site.Yaml.Where(p => p.Year == year && p.Department == code)
                .SelectMany(p => p.Indicators.Select(i => (p.Code, i.Table, i.Target, i.Name))).ToList();

            Assert.Equal(
                expected.Select(e => $"{e.Code}|{e.Table}|{e.Name}|{e.Target}"),
                rows.Select(r => $"{r["项目编码"]}|{r["指标表"]}|{Unguard(r["三级指标"])}|{Unguard(r["指标值"])}"));
            Assert.All(rows, r => Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), r["年度"]));
        }
    }

    [Fact]
    public void A_target_is_given_as_written_and_parsed()
    {
        var row = Csv.ReadRecords(_site.Output("2021/900001/indicators.csv")).First(r => r["指标值"] == "≥1200人");

        Assert.Equal(("大于等于", "1200", "人", ""), (row["运算符"], row["数值"], row["单位"], row["备注"]));
    }

    [Fact]
    public void The_year_csv_files_hold_every_project_and_indicator_of_the_year_with_amounts_as_written()
    {
        foreach (var year in _site.Disclosures.Select(d => d.Year).Distinct())
        {
            var projects = Csv.ReadRecords(_site.Output($"{year}/projects.csv"));
            var yaml = _site.Yaml.Where(p => p.Year == year).ToList();
            Assert.Equal(
                yaml.Select(p => $"{p.Department}|{p.Code}|{p.Total}|{p.Indicators.Count}").Order(StringComparer.Ordinal),
                projects.Select(p => $"{p["部门编码"]}|{p["项目编码"]}|{p["预算数"]}|{p["指标数"]}").Order(StringComparer.Ordinal));

            var indicators = Csv.ReadRecords(_site.Output($"{year}/indicators.csv"));
            Assert.Equal(yaml.Sum(p => p.Indicators.Count), indicators.Count);
            var perDisclosure = _site.Disclosures.Where(d => d.Year == year)
                .SelectMany(d => Csv.ReadFile(_site.Output($"{d.Year}/{d.Code}/indicators.csv")).Skip(1)).Select(r => string.Join("|", r));
            Assert.Equal(perDisclosure, Csv.ReadFile(_site.Output($"{year}/indicators.csv")).Skip(1).Select(r => string.Join("|", r)));
        }

        Assert.Contains(Csv.ReadRecords(_site.Output("2021/projects.csv")), p => p["项目编码"] == "SX-JY-0001" && p["预算数"] == "336.00");
    }

    [Fact]
    public void Awkward_values_round_trip_and_text_that_looks_like_a_formula_is_guarded()
    {
        var row = Csv.ReadRecords(_site.Output("2020/900001/indicators.csv")).Single(r => r["项目编码"] == "SPECIAL-1");

        Assert.Equal("含逗号,和\"引号\"\n和换行", row["绩效指标描述"]);
        Assert.Equal("'-5%", row["指标值"]);
        Assert.Equal("-5", row["数值"]);
        Assert.Equal("%", row["单位"]);
        Assert.Equal("'@提及", row["三级指标"]);
        Assert.Equal("'=SUM(A1)", row["指标值确定依据"]);
        var project = Csv.ReadRecords(_site.Output("2020/projects.csv")).Single(r => r["项目编码"] == "SPECIAL-1");
        Assert.Equal("-1.50", project["预算数"]);
    }

    [Fact]
    public void Data_json_validates_against_its_schema_and_keeps_amounts_as_exact_strings()
    {
        var schema = PublishedSchema();
        foreach (var (year, code) in _site.Disclosures)
        {
            var json = JsonNode.Parse(File.ReadAllText(_site.Output($"{year}/{code}/data.json")))!;

            Assert.Empty(schema.Errors(json));
            Assert.Equal(DataUrls.SchemaVersion, (string?)json["schema_version"]);
            Assert.Equal(year, (int)json["year"]!);
            var relativeSchema = Path.GetFullPath(Path.Join(Path.GetDirectoryName(_site.Output($"{year}/{code}/data.json")), (string)json["$schema"]!));
            Assert.True(File.Exists(relativeSchema));
            foreach (var project in json["projects"]!.AsArray())
            {
                var yaml = _site.Yaml.Single(p => p.Year == year && p.Department == code && p.Code == (string)project!["code"]!);
                Assert.Equal(JsonValueKind.String, project!["budget"]!["total"]!.GetValueKind());
                Assert.Equal(yaml.Total, (string)project["budget"]!["total"]!);
                Assert.Equal(yaml.Indicators.Where(i => i.Table == IndicatorTable.AnnualTable).Select(i => i.Target), project["indicators"]!.AsArray().Select(i => (string)i!["target"]!["text"]!));
                Assert.All(project["indicators"]!.AsArray(), i => Assert.True(_site.AnchorExists((string)i!["url"]!), (string)i["url"]!));
            }
        }

        var target = JsonNode.Parse(File.ReadAllText(_site.Output("2021/900001/data.json")))!["projects"]![0]!["indicators"]!
            .AsArray().Select(i => i!["target"]!).First(t => (string)t!["text"]! == "≥1200人")!;
        Assert.Equal("""{"text":"≥1200人","kind":"quantitative","operator":">=","number":"1200","magnitude":null,"scaled_number":"1200","unit":"人","note":null}""",
            target.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Theory]
    [InlineData("/projects/0/budget/total", "\"10,00\"")]
    [InlineData("/projects/0/indicators/0/target/number", "\"１２\"")]
    [InlineData("/projects/0/name", "null")]
    [InlineData("/projects/0/indicators/0/target/kind", "\"Quantitative\"")]
    [InlineData("/part_one/measures", "\"无\"")]
    [InlineData("/money_unit", "\"美元\"")]
    [InlineData("/year", "\"2021\"")]
    public void A_copy_of_data_json_with_one_wrong_value_fails_its_schema_there(string pointer, string value)
    {
        var schema = PublishedSchema();
        var json = JsonNode.Parse(File.ReadAllText(_site.Output("2021/900001/data.json")))!;
        var (parent, key) = Locate(json, pointer);
        Assert.Empty(schema.Errors(json));

        parent[key] = JsonNode.Parse(value);

        Assert.Contains(schema.Errors(json), e => e.StartsWith(pointer + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_of_data_json_with_a_misspelt_or_a_missing_key_fails_its_schema()
    {
        var schema = PublishedSchema();
        var json = JsonNode.Parse(File.ReadAllText(_site.Output("2021/900001/data.json")))!;
        var target = json["projects"]![0]!["indicators"]![0]!["target"]!.AsObject();

        target["scaled_numbr"] = target["scaled_number"]!.DeepClone();
        target.Remove("scaled_number");

        var errors = schema.Errors(json);
        Assert.Contains(errors, e => e.StartsWith("/projects/0/indicators/0/target/scaled_numbr:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/projects/0/indicators/0/target:", StringComparison.Ordinal) && e.Contains("scaled_number", StringComparison.Ordinal));
    }

    [Fact]
    public void Download_links_on_year_and_disclosure_pages_point_to_existing_files()
    {
        foreach (var page in _site.Disclosures.Select(d => $"{d.Year}/{d.Code}/index.html").Concat(_site.Disclosures.Select(d => $"{d.Year}/index.html")).Distinct())
        {
            var links = new HtmlParser().ParseDocument(File.ReadAllText(_site.Output(page)))
                .QuerySelectorAll(".downloads a[href]").Select(a => a.GetAttribute("href")!).ToList();

            Assert.Equal(5, links.Count); // two files, each with its 字段说明, and the folder's datapackage.json
            Assert.Contains("datapackage.json", links);
            Assert.All(links, href => Assert.True(File.Exists(Path.Join(Path.GetDirectoryName(_site.Output(page)), href)), $"{page} → {href}"));
        }
    }

    [Fact]
    public void The_same_site_gives_the_same_bytes()
    {
        var again = OpenDataFiles.For(_site.Model);
        var first = OpenDataFiles.For(_site.Model);

        Assert.Equal(first.Select(f => Convert.ToHexString(f.Content)), again.Select(f => Convert.ToHexString(f.Content)));
    }

    private SchemaValidator PublishedSchema() => new(File.ReadAllText(_site.Output("data/schema/v1/disclosure.schema.json")));

    /// <summary>The object holding the value a JSON pointer names, and the value's key or index there.</summary>
    private static (JsonObject Parent, string Key) Locate(JsonNode root, string pointer)
    {
        var parts = pointer.Split('/')[1..];
        var parent = parts[..^1].Aggregate(root, (node, part) => int.TryParse(part, out var i) ? node[i]! : node[part]!).AsObject();
        Assert.True(parent.ContainsKey(parts[^1]), pointer);
        return (parent, parts[^1]);
    }

    private static string Unguard(string field) => field.StartsWith('\'') ? field[1..] : field;

    /// <summary>The County fixture plus one project of awkward values, built once for all tests of this class.</summary>
    public sealed class BuiltCounty : IDisposable
    {
        private const string Special = """
            code: SPECIAL-1
            name: 特殊字符项目
            budget:
              total: -1.50
            purpose: 测试用。
            goals:
              - 测试。
            indicators:
              - level1: 产出指标
                level2: 数量指标
                name: "@提及"
                description: "含逗号,和\"引号\"\n和换行"
                target: "-5%"
                basis: "=SUM(A1)"
            """;

        private readonly TempFolder _folder = new();

        public BuiltCounty()
        {
            _folder.CopyFrom(Path.Join(RepoPaths.Golden, "County", "content"), "content");
            File.WriteAllText(_folder.Join("content", "2020", "900001", "projects", "9-special.yml"), Special);
            var result = SiteBuilder.Build(new BuildOptions(_folder.Join("content"), RepoPaths.Templates, _folder.Join("output")));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

            var diagnostics = new SiteGen.Diagnostics.DiagnosticBag();
            Model = SiteGen.Model.SiteModelBuilder.Build(SiteGen.Content.ContentLoader.Load(_folder.Join("content"), diagnostics), diagnostics)!;
            Disclosures = [.. Model.Disclosures.Select(d => (d.Year, d.Department.Code))];
            Yaml = [.. Directory.EnumerateFiles(_folder.Join("content"), "*.yml", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "projects")
                .Order(StringComparer.Ordinal)
                .Select(YamlProject.Read)];
        }

        public SiteGen.Model.Site Model { get; }

        public List<(int Year, string Code)> Disclosures { get; }

        /// <summary>Every project as its YAML says, read without SiteGen.</summary>
        public List<YamlProject> Yaml { get; }

        public string Output(string path) => _folder.Join("output", path);

        public bool AnchorExists(string url)
        {
            var (page, anchor) = url.Split('#') is [var p, var a] ? (p, a) : (url, "");
            return new HtmlParser().ParseDocument(File.ReadAllText(Output(page))).GetElementById(anchor) is not null;
        }

        public void Dispose() => _folder.Dispose();
    }

    public sealed record YamlProject(int Year, string Department, string Code, string Total, List<(string Table, string Name, string Target)> Indicators)
    {
        public static YamlProject Read(string file)
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(file)))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var disclosure = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(Path.Join(Path.GetDirectoryName(Path.GetDirectoryName(file)), "disclosure.yml"))))
            {
                disclosure.Load(reader);
            }

            var d = (YamlMappingNode)disclosure.Documents[0].RootNode;
            string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node).Children[key]).Value!.Trim();
            List<(string, string, string)> Rows(string key, string table) =>
                root.Children.TryGetValue(key, out var list) && list is YamlSequenceNode rows
                    ? [.. rows.Children.Select(r => (table, Text(r, "name"), Text(r, "target")))]
                    : [];

            return new YamlProject(
                int.Parse(Text(d, "year"), System.Globalization.CultureInfo.InvariantCulture),
                Text(d["department"], "code"),
                Text(root, "code"),
                Text(root["budget"], "total"),
                [.. Rows("indicators", IndicatorTable.AnnualTable), .. Rows("long_term_indicators", IndicatorTable.LongTermTable)]);
        }
    }
}
