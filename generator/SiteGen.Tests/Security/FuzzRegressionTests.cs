using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Markdown;
using SiteGen.Rendering.Markdown;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Security;

/// <summary>
/// Inputs the fuzzer (generator/SiteGen.Fuzz) found crashing, kept in SiteGen.Fuzz/regressions: each is now a
/// diagnostic. The CI fuzz smoke run also starts from them.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string RegressionsDir = Path.Join(RepoPaths.Root, "generator", "SiteGen.Fuzz", "regressions");

    public static TheoryData<string> Files(string target) =>
        [.. Directory.EnumerateFiles(Path.Join(RegressionsDir, target)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files), "yaml")]
    public void A_yaml_parser_exception_is_a_diagnostic(string file)
    {
        var diagnostics = new DiagnosticBag();
        var text = TextFileReader.Decode(File.ReadAllBytes(Path.Join(RegressionsDir, "yaml", file)), file, diagnostics)!;

        Assert.Null(YamlReader.Read(text, file, diagnostics));

        // The mistake scanner may see the broken line before YamlDotNet does (then it may see more than one); either way
        // the file is reported, never thrown on, and a tag is reported as a tag.
        var errors = diagnostics.Sorted();
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.True(error.Severity == Severity.Error && error.Location.Line >= 1 && error.Location.Column >= 1));
        Assert.Contains(errors, error => file.StartsWith("tag-", StringComparison.Ordinal)
            ? error.Code == "SG1005"
            : error.Code == "SG1003" || (string.CompareOrdinal(error.Code, "SG1012") >= 0 && string.CompareOrdinal(error.Code, "SG1099") <= 0));
    }

    [Theory]
    [MemberData(nameof(Files), "markdown")]
    public void Markdown_the_fuzzer_found_is_checked_and_rendered_without_throwing(string file)
    {
        var prose = new Prose(File.ReadAllText(Path.Join(RegressionsDir, "markdown", file)), new SourceLocation(file, 2, 3));
        var diagnostics = new DiagnosticBag();

        MarkdownCheck.Check(prose.Markdown, prose.Start, diagnostics);
        var html = MarkdownRenderer.Render(prose).Value;

        if (file.StartsWith("depth-limit", StringComparison.Ordinal))
        {
            Assert.Equal("SG4003", Assert.Single(diagnostics.Sorted()).Code);
            Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        }

        MarkdownSanitizerTests.AssertNothingToRemove(prose.Markdown);
    }
}
