using SiteGen.Diagnostics;
using SiteGen.Preview;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model;

/// <summary><c>draft: true</c>: the preview shows the disclosure, a build leaves it out and says so.</summary>
public sealed class DraftTests
{
    private static string MarkDraft(TempFolder folder)
    {
        folder.CopyFrom(RepoPaths.Content, "content");
        var disclosure = Directory.GetFiles(folder.Join("content"), "disclosure.yml", SearchOption.AllDirectories).Single();
        File.AppendAllText(disclosure, "draft: true\n");
        return disclosure;
    }

    [Fact]
    public void A_draft_is_left_out_of_the_build_with_an_info_line()
    {
        using var folder = new TempFolder();
        MarkDraft(folder);

        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), null, folder.Join("output")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var info = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftLeftOut.Id);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.False(Directory.Exists(folder.Join("output", "2020", "224002")));
        Assert.True(File.Exists(folder.Join("output", "index.html")));
        Assert.DoesNotContain("224002", File.ReadAllText(folder.Join("output", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_shows_a_draft_and_clearing_the_flag_publishes_it()
    {
        using var folder = new TempFolder();
        var disclosure = MarkDraft(folder);

        var preview = new IncrementalBuilder(folder.Join("content"), null).Rebuild();
        Assert.True(preview.Succeeded);
        Assert.NotNull(preview.Site.File("2020/224002/index.html"));

        File.WriteAllText(disclosure, File.ReadAllText(disclosure).Replace("draft: true\n", "draft: false\n", StringComparison.Ordinal));
        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), null, folder.Join("output")));
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftLeftOut.Id);
        Assert.True(File.Exists(folder.Join("output", "2020", "224002", "index.html")));
    }

    [Fact]
    public void A_draft_flag_that_is_not_true_or_false_is_an_error_at_its_value()
    {
        using var folder = new TempFolder();
        var disclosure = MarkDraft(folder);
        File.WriteAllText(disclosure, File.ReadAllText(disclosure).Replace("draft: true\n", "draft: 也许\n", StringComparison.Ordinal));

        var result = SiteBuilder.Check(new BuildOptions(folder.Join("content"), null));

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NotBoolean.Id);
        Assert.Equal(File.ReadAllLines(disclosure).Length, error.Location.Line);
    }
}
