using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Content;

/// <summary>Each value's span is exactly its text in the file: what an editor rewrites to change that value.</summary>
public sealed class SourceSpanTests
{
    private static YamlMapping Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.Read(yaml, "f.yml", bag);
        Assert.Empty(bag.Sorted());
        return Assert.IsType<YamlMapping>(root);
    }

    private static string Text(string yaml, YamlNode node) => yaml[node.Span.Start..node.Span.End];

    [Fact]
    public void A_plain_or_quoted_scalar_spans_its_text_with_its_quotes_and_ends_where_it_ends()
    {
        const string yaml = "code: \"224002\"  # 部门编码\nname: 临西新闻网平台维护费\ntotal: 10.00\n";
        var map = Read(yaml);

        Assert.Equal("\"224002\"", Text(yaml, map.Entries[0].Value));
        Assert.Equal("临西新闻网平台维护费", Text(yaml, map.Entries[1].Value));
        Assert.Equal("10.00", Text(yaml, map.Entries[2].Value));
        Assert.Equal(new SourceLocation("f.yml", 2, 17), map.Entries[1].Value.Span.EndLocation);
        // The start positions diagnostics use are unchanged.
        Assert.Equal(new SourceLocation("f.yml", 1, 7), map.Entries[0].Value.Location);
    }

    [Fact]
    public void A_block_scalar_spans_its_indicator_and_lines_and_a_block_list_ends_with_its_last_value()
    {
        const string yaml = "purpose: |\n  第一行\n  第二行\n\n# 注释\ngoals:\n  - 甲\n  - 乙\n\n# 末尾注释\n";
        var map = Read(yaml);

        var block = Text(yaml, map.Entries[0].Value);
        Assert.StartsWith("|\n  第一行\n  第二行\n", block, StringComparison.Ordinal);
        Assert.DoesNotContain("#", block, StringComparison.Ordinal);
        Assert.Equal("- 甲\n  - 乙", Text(yaml, map.Entries[1].Value));
        Assert.Equal("乙", Text(yaml, ((YamlSequence)map.Entries[1].Value).Items[1]));
    }

    [Fact]
    public void Every_scalar_of_the_seed_project_spans_text_that_reads_back_as_its_value()
    {
        var file = Directory.GetFiles(Path.Join(RepoPaths.Root, "content"), "1-*.yml", SearchOption.AllDirectories).Single();
        var yaml = File.ReadAllText(file);
        var map = Read(yaml);
        var scalars = 0;
        foreach (var scalar in Scalars(map))
        {
            var text = Text(yaml, scalar);
            var reread = Assert.IsType<YamlMapping>(YamlReader.Read("v: " + text.Replace("\n", "\n ", StringComparison.Ordinal), "v.yml", new DiagnosticBag()));
            Assert.Equal(scalar.Value.TrimEnd('\n'), ((YamlScalar)reread.Entries[0].Value).Value.TrimEnd('\n'));
            var end = yaml[..scalar.Span.End].Split('\n');
            Assert.Equal(new SourceLocation("f.yml", end.Length, end[^1].Length + 1), scalar.Span.EndLocation);
            scalars++;
        }

        Assert.True(scalars > 50, $"only {scalars} scalars in the seed project");
    }

    private static IEnumerable<YamlScalar> Scalars(YamlNode node) => node switch
    {
        YamlScalar scalar => [scalar],
        YamlMapping map => map.Entries.SelectMany(e => Scalars(e.Value)),
        YamlSequence list => list.Items.SelectMany(Scalars),
        _ => [],
    };
}
