using SiteGen.Editor;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Editor;

/// <summary>The would-be file is checked as <c>sitegen check</c> checks it, each finding put beside its field.</summary>
public sealed class FileCheckTests
{
    [Fact]
    public void An_indicator_pair_the_framework_does_not_allow_is_reported_beside_that_row_with_the_line()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content);
        var content = new ContentFolder(folder.Path);
        var project = content.Relative(Directory.GetFiles(folder.Path, "1-*.yml", SearchOption.AllDirectories).Single());
        var text = File.ReadAllText(Path.Join(folder.Path, project)).Replace("    level2: 时效指标", "    level2: 满意度指标", StringComparison.Ordinal);

        var result = FileCheck.Check(content, project, text);

        var pair = Assert.Single(result.Diagnostics, d => d.Diagnostic.Code == "SG3001");
        Assert.StartsWith("indicators.1.", pair.Field, StringComparison.Ordinal);
        Assert.Equal(content.Display(project), pair.Diagnostic.Location.Path);
        Assert.True(result.HasErrors);
        Assert.Equal("230", result.Targets["indicators.0.target"].NumberText);
        Assert.Equal("篇", result.Targets["indicators.0.target"].Unit);
    }

    [Fact]
    public void The_seed_as_it_is_passes_and_its_framework_is_2020()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content);
        var content = new ContentFolder(folder.Path);
        var project = content.Relative(Directory.GetFiles(folder.Path, "2-*.yml", SearchOption.AllDirectories).Single());

        var result = FileCheck.Check(content, project, File.ReadAllText(Path.Join(folder.Path, project)));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal("2020", FileCheck.FrameworkOf(content, project));
    }
}
