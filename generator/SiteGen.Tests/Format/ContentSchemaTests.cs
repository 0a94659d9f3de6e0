using SiteGen.Content;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Format;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Format;

/// <summary>
/// The JSON Schemas of the content format are shipped in content/.schema/ and must not drift: neither from
/// the generator (they are regenerated and compared), nor from the binders (documents made from the schema
/// are checked by SiteGen, which names the keys each binder knows), nor from the real content (validated).
/// </summary>
public sealed class ContentSchemaTests
{
    private const string Bogus = "zzzqqqxxxjjj";

    private static readonly (string File, MapFormat Root)[] Files =
    [
        ("site.yml", ContentFormat.Site),
        ("2020/A-001/disclosure.yml", ContentFormat.Disclosure),
        ("2020/A-001/projects/1-示例.yml", ContentFormat.Project),
        ("2020/A-001/evaluation/1-示例.yml", ContentFormat.Evaluation),
        ("2020/A-001/monitoring/1-示例.yml", ContentFormat.Monitoring),
    ];

    [Fact]
    public void The_shipped_schemas_are_what_the_generator_writes_now()
    {
        var shipped = Path.Join(RepoPaths.Content, ContentLoader.SchemaFolderName);
        if (GoldenFiles.Accepting)
        {
            foreach (var (name, text) in ContentSchemaWriter.All())
            {
                File.WriteAllText(Path.Join(shipped, name), text);
            }
        }

        Assert.Equal(ContentSchemaWriter.All().Select(f => f.FileName).Order(StringComparer.Ordinal), GoldenFiles.ListFiles(shipped));
        foreach (var (name, text) in ContentSchemaWriter.All())
        {
            Assert.Equal(text, File.ReadAllText(Path.Join(shipped, name)));
        }
    }

    [Fact]
    public void Every_mapping_of_the_schema_has_exactly_the_keys_its_binder_accepts()
    {
        using var folder = new TempFolder();
        var expected = new Dictionary<(string File, int Line), (string Path, string[] Keys)>();
        foreach (var (file, root) in Files)
        {
            var doc = new YamlDoc(skeleton: false);
            doc.Map(root, 0, "", null);
            Write(folder, file, doc.Text);
            foreach (var (line, (path, keys)) in doc.BogusLines)
            {
                expected[(file, line)] = (file + path, keys);
            }
        }

        var result = SiteBuilder.Check(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));

        var unknown = result.Diagnostics.Where(d => d.Code == "SG2001").ToList();
        var seen = unknown.Select(d =>
        {
            var file = Path.GetRelativePath(folder.Join("content"), d.Location.Path).Replace('\\', '/');
            Assert.True(expected.TryGetValue((file, d.Location.Line), out var want), $"an unexpected unknown key: {d}");
            var listed = Regex.Match(d.Message, "这里可用的字段有：(.*)$");
            Assert.True(listed.Success, d.Message);
            Assert.True(want.Keys.SequenceEqual(listed.Groups[1].Value.Split('、')), $"{want.Path}: the schema has {string.Join("、", want.Keys)}; the binder knows {listed.Groups[1].Value}");
            return (file, d.Location.Line);
        }).ToHashSet();
        Assert.Equal(expected.Keys.Order(), seen.Order());
    }

    [Fact]
    public void The_required_keys_of_the_schema_are_the_ones_the_binders_require_with_the_same_labels()
    {
        using var folder = new TempFolder();
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (file, root) in Files)
        {
            var doc = new YamlDoc(skeleton: true);
            doc.Map(root, 0, "", null);
            Write(folder, file, doc.Text);
            expected.UnionWith(doc.OmittedRequired);
        }

        var result = SiteBuilder.Check(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));

        var missing = result.Diagnostics.Where(d => d.Code == "SG2002")
            .Select(d => Regex.Match(d.Message, "“(.+)”（(.+)）").Groups is var g ? $"{g[1].Value}（{g[2].Value}）" : "");
        var actual = new SortedSet<string>(missing, StringComparer.Ordinal);
        Assert.True(expected.SetEquals(actual), $"only in the schema: {string.Join(", ", expected.Except(actual))}; only in the binders: {string.Join(", ", actual.Except(expected))}");
    }

    public static TheoryData<string> ContentFolders() =>
        [RepoPaths.Content, Path.Join(RepoPaths.Golden, "Showcase", "content"), Path.Join(RepoPaths.Golden, "County", "content")];

    [Theory]
    [MemberData(nameof(ContentFolders))]
    public void The_content_of_every_fixture_validates_against_the_schemas(string folder)
    {
        var schemas = ContentSchemaWriter.All().ToDictionary(f => f.FileName, f => new SchemaValidator(f.Text));
        var files = Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories).Where(f => !f.Contains("/.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var schema = Path.GetFileName(file) == "site.yml" ? "site.schema.json"
                : Path.GetFileName(file) == "disclosure.yml" ? "disclosure.schema.json"
                : "project.schema.json";

            Assert.Empty(schemas[schema].Errors(YamlAsJson.Read(file)).Select(e => $"{file}: {e}"));
        }
    }

    [Fact]
    public void The_schemas_flag_a_misspelt_key_a_bad_enum_and_a_bad_amount()
    {
        var project = Validator("project.schema.json");
        var disclosure = Validator("disclosure.schema.json");

        Assert.Contains(project.Errors(JsonNode.Parse("""{"code":"A","nmae":"x"}""")), e => e.StartsWith("/nmae:", StringComparison.Ordinal));
        Assert.Contains(project.Errors(JsonNode.Parse("""{"budget":{"total":"10,00"}}""")), e => e.StartsWith("/budget/total:", StringComparison.Ordinal));
        Assert.Contains(disclosure.Errors(JsonNode.Parse("""{"money_unit":"美元"}""")), e => e.StartsWith("/money_unit:", StringComparison.Ordinal));
        Assert.DoesNotContain(disclosure.Errors(JsonNode.Parse("""{"framework":2021}""")), e => e.StartsWith("/framework:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_key_in_a_copy_of_a_bundled_project_file_fails_its_schema()
    {
        var project = Validator("project.schema.json");
        var file = Directory.EnumerateFiles(RepoPaths.Content, "*.yml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "projects").Order(StringComparer.Ordinal).First();
        using var folder = new TempFolder();
        var copy = folder.Join("project.yml");
        File.WriteAllText(copy, Regex.Replace(File.ReadAllText(file), "^purpose:", "purpsoe:", RegexOptions.Multiline));

        Assert.Empty(project.Errors(YamlAsJson.Read(file)));
        Assert.Contains(project.Errors(YamlAsJson.Read(copy)), e => e.StartsWith("/purpsoe:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bundled_yaml_file_starts_with_the_line_that_points_at_its_schema()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*.yml", SearchOption.AllDirectories))
        {
            var first = File.ReadLines(file).First();
            var match = Regex.Match(first, @"^# yaml-language-server: \$schema=(.+)$");
            Assert.True(match.Success, $"{file}: {first}");
            Assert.True(File.Exists(Path.Join(Path.GetDirectoryName(file), match.Groups[1].Value)), $"{file} points at a missing {match.Groups[1].Value}");
        }
    }

    [Fact]
    public void The_schema_command_writes_the_shipped_files()
    {
        using var folder = new TempFolder();

        var run = CliRunner.Run(folder.Path, ["schema", "--output", "out"]);

        Assert.Equal(0, run.ExitCode);
        GoldenFiles.AssertSameFiles(Path.Join(RepoPaths.Content, ContentLoader.SchemaFolderName), folder.Join("out"));
    }

    private static SchemaValidator Validator(string fileName) => new(ContentSchemaWriter.All().Single(f => f.FileName == fileName).Text);

    private static void Write(TempFolder folder, string file, string text)
    {
        var path = folder.Join("content", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// A YAML document made from the schema: every key with a plausible value and one unknown key per mapping
    /// (whose line is remembered), or, as a skeleton, only the mappings and lists of mappings, so that the
    /// binders report every required scalar key missing.
    /// </summary>
    private sealed class YamlDoc(bool skeleton)
    {
        private readonly StringBuilder _text = new();
        private int _line;

        public string Text => _text.ToString();

        public Dictionary<int, (string Path, string[] Keys)> BogusLines { get; } = [];

        public List<string> OmittedRequired { get; } = [];

        public void Map(MapFormat map, int indent, string path, string? firstPrefix)
        {
            var prefix = firstPrefix;
            foreach (var field in map.Fields)
            {
                var here = prefix ?? new string(' ', indent);
                if (Field(field, indent, here, path))
                {
                    prefix = null;
                }
            }

            Line((prefix ?? new string(' ', indent)) + Bogus + ": 1");
            BogusLines[_line] = (path, [.. map.Fields.Select(f => f.Key).Order(StringComparer.Ordinal)]);
        }

        private bool Field(ContentField field, int indent, string prefix, string path)
        {
            switch (field.Type)
            {
                case MapFormat map:
                    Line(prefix + field.Key + ":");
                    Map(map, indent + 2, $"{path}.{field.Key}", null);
                    return true;
                case ListType { Items: MapFormat item }:
                    Line(prefix + field.Key + ":");
                    Map(item, indent + 4, $"{path}.{field.Key}[]", new string(' ', indent + 2) + "- ");
                    return true;
                case var _ when skeleton:
                    if (field.Required)
                    {
                        OmittedRequired.Add($"{field.Key}（{field.Title}）");
                    }

                    return false;
                case ListType list:
                    Line(prefix + field.Key + ":");
                    Line(new string(' ', indent + 2) + "- " + Scalar(list.Items));
                    return true;
                default:
                    Line(prefix + field.Key + ": " + Scalar(field.Type));
                    return true;
            }
        }

        private static string Scalar(ContentType type) => type switch
        {
            TextType { Values: [var first, ..] } => Quote(first),
            TextType text => Quote(text.Example),
            AmountType => "1.00",
            IntegerType => "2020",
            BooleanType => "true",
            _ => throw new InvalidOperationException(type.ToString()),
        };

        private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

        private void Line(string text)
        {
            _text.Append(text).Append('\n');
            _line++;
        }
    }
}
