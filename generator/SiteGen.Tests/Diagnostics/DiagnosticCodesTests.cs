using SiteGen.Diagnostics;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Diagnostics;

public sealed class DiagnosticCodesTests
{
    [Fact]
    public void Codes_are_unique_and_grouped_by_stage()
    {
        var ids = DiagnosticCodes.All.Select(c => c.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(@"^SG[1-8]\d{3}$", id));
    }

    [Fact]
    public void The_readme_table_lists_every_code_with_its_severity_and_meaning()
    {
        var readme = File.ReadAllText(Path.Join(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("<!-- diagnostic-codes:start", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- diagnostic-codes:end", StringComparison.Ordinal);
        var table = readme[start..end].Split('\n').Where(l => l.StartsWith("| SG", StringComparison.Ordinal));

        var expected = DiagnosticCodes.All.Select(c => $"| {c.Id} | {Diagnostic.Word(c.Severity)} | {c.Meaning} |");

        Assert.Equal(expected, table);
    }

    [Fact]
    public void A_diagnostic_prints_in_the_msbuild_format()
    {
        var diagnostic = new Diagnostic(new SourceLocation("content/a.yml", 3, 7), Severity.Error, "SG2001", "未知字段");

        Assert.Equal("content/a.yml(3,7): error SG2001: 未知字段", diagnostic.ToString());
    }
}
