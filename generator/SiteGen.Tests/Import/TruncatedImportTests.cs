using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>Never invent data: a document cut short is imported as far as it goes, and the report says where it stopped.</summary>
public sealed class TruncatedImportTests
{
    [Fact]
    public void A_document_cut_inside_the_third_table_keeps_two_projects_and_names_the_line()
    {
        using var folder = new TempFolder();
        var cut = SeedText.LineOf("\t224-0604-YBN-Z6FS") + 2;
        var text = string.Join('\n', SeedText.Lines[..cut]);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Equal(2, run.Result.Imported.Single().Projects);
        var warning = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7103");
        Assert.Equal(SeedText.LineOf("3、综合事务管理经费绩效目标表"), warning.Location.Line);
        Assert.Contains("缺少预算数、绩效指标", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_cut_in_the_middle_of_an_indicator_row_warns_at_that_row()
    {
        using var folder = new TempFolder();
        var lastRow = SeedText.LineOf("\t职工对机关运行满意率");
        var text = string.Join('\n', SeedText.Lines[..lastRow]);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        var warning = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7101");
        Assert.Equal(lastRow - 3, warning.Location.Line);
        // The rows before the cut are imported; the half row (no target) is not, and nothing is left blank to fill.
        Assert.True(run.Result.Succeeded, run.Report);
        Assert.DoesNotContain("    target:\n", run.Project(3), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Code == "SG2007");
        Assert.Contains("之前的", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_stops_after_a_project_title_warns_at_the_title()
    {
        using var folder = new TempFolder();
        var title = SeedText.LineOf("3、综合事务管理经费绩效目标表");
        var text = string.Join('\n', SeedText.Lines[..title]);

        var run = ImportRun.Of(folder, SeedText.Write(folder, text));

        Assert.True(run.Result.Succeeded, run.Report);
        var warning = Assert.Single(run.Result.Diagnostics, d => d.Code == "SG7101");
        Assert.Equal(title, warning.Location.Line);
    }

    [Fact]
    public void Part_one_alone_is_refused_because_the_unit_is_only_named_on_the_project_tables()
    {
        using var folder = new TempFolder();
        var text = string.Join('\n', SeedText.Lines[..(SeedText.LineOf("第二部分") - 1)]);

        var result = CliRunner.Run(folder.Path, "import", SeedText.Write(folder, text));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error SG7003", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Join("content")));
    }
}
