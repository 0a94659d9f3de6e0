using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

public sealed class YamlReaderTests
{
    private static (YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.Read(yaml, "f.yml", bag);
        return (root, bag.Sorted());
    }

    [Fact]
    public void Positions_are_one_based_lines_and_columns_of_the_file()
    {
        var (root, diagnostics) = Read("a: 1\nlist:\n  - x: 指标\n");

        Assert.Empty(diagnostics);
        var map = Assert.IsType<YamlMapping>(root);
        Assert.Equal(new SourceLocation("f.yml", 1, 1), map.Entries[0].Key.Location);
        var item = Assert.IsType<YamlMapping>(Assert.IsType<YamlSequence>(map.Entries[1].Value).Items[0]);
        Assert.Equal(new SourceLocation("f.yml", 3, 8), item.Entries[0].Value.Location);
    }

    [Fact]
    public void A_block_scalar_content_starts_on_the_line_below_its_indicator()
    {
        var (root, _) = Read("purpose: |\n\n    第一行\n    第二行\n");

        var value = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(root).Entries[0].Value);
        // Markdown line 0 is the blank line, so the value starts on line 2; its text is indented 4.
        Assert.Equal(new SourceLocation("f.yml", 2, 5), value.ContentStart);
        Assert.Equal("\n第一行\n第二行\n", value.Value);
    }

    [Fact]
    public void Numbers_keep_the_text_they_were_written_as()
    {
        var (root, _) = Read("total: 10.00\n");

        Assert.Equal("10.00", Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(root).Entries[0].Value).Value);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_one_and_reading_goes_on()
    {
        var (_, diagnostics) = Read("a: 1\nb: 2\na: 3\nb: 4\n");

        Assert.Equal(["f.yml(3,1)", "f.yml(4,1)"], diagnostics.Select(d => d.Location.ToString()));
        Assert.All(diagnostics, d => Assert.Equal("SG1004", d.Code));
    }

    [Theory]
    [InlineData("a: &x 1\n", "SG1005")]
    [InlineData("a: [&x 1]\n", "SG1005")]
    [InlineData("a: !!str 1\n", "SG1005")]
    [InlineData("a: 1\n---\nb: 2\n", "SG1008")]
    [InlineData("a: [1, 2\n", "SG1003")]
    [InlineData("a:\n\t- 1\n", "SG1012")]
    public void Unsupported_or_broken_yaml_is_one_diagnostic(string yaml, string code)
    {
        var (root, diagnostics) = Read(yaml);

        Assert.Null(root);
        Assert.Equal(code, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        var (root, diagnostics) = Read(new string('[', 100_000));

        Assert.Null(root);
        Assert.Equal("SG1006", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_empty_file_has_no_root_and_no_error()
    {
        var (root, diagnostics) = Read("# only a comment\n");

        Assert.Null(root);
        Assert.Empty(diagnostics);
    }
}
