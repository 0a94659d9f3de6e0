using SiteGen.Diagnostics;
using SiteGen.Editor;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Editor;

public sealed class YearWorkflowTests
{
    private static (TempFolder Folder, ContentFolder Content, string Disclosure) Seed()
    {
        var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        var content = new ContentFolder(folder.Join("content"));
        var disclosure = content.Relative(Directory.GetFiles(folder.Join("content"), "disclosure.yml", SearchOption.AllDirectories).Single());
        return (folder, content, disclosure);
    }

    [Fact]
    public void Next_year_is_a_draft_with_the_projects_codes_and_last_years_targets_and_build_leaves_it_out()
    {
        var (folder, content, disclosure) = Seed();
        using var _ = folder;

        var (created, refused) = YearWorkflow.NextYear(content, disclosure);

        Assert.Null(refused);
        Assert.Equal("2021/224002-中共临西县委网络安全和信息化委员会办公室/disclosure.yml", created);
        var text = File.ReadAllText(Path.Join(content.Root, created));
        Assert.Contains("year: 2021\nframework: 2021\n", text, StringComparison.Ordinal);
        Assert.EndsWith("draft: true\n", text, StringComparison.Ordinal);
        var project = File.ReadAllText(Path.Join(content.Root, "2021/224002-中共临西县委网络安全和信息化委员会办公室/projects/1-临西新闻网平台维护费.yml"));
        Assert.Contains("code: 224-0603-YBN-W8XP\n", project, StringComparison.Ordinal);
        Assert.Contains("    target: ≥230篇（更新新闻篇数）\n", project, StringComparison.Ordinal);
        Assert.Contains("    previous_target: ≥230篇（更新新闻篇数）\n", project, StringComparison.Ordinal);
        Assert.Contains("  total: 10.00\n", project, StringComparison.Ordinal);

        var build = SiteBuilder.Build(new BuildOptions(content.Dir, null, folder.Join("output")));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Contains(build.Diagnostics, d => d.Code == DiagnosticCodes.DraftLeftOut.Id);
        Assert.False(Directory.Exists(folder.Join("output", "2021")));
        Assert.Equal((null, "2021 年度的这份公开文档已经存在：" + created), YearWorkflow.NextYear(content, disclosure));
    }

    [Fact]
    public void A_new_project_takes_the_next_ordinal_and_a_deleted_one_goes_to_the_trash_and_is_not_published()
    {
        var (folder, content, disclosure) = Seed();
        using var _ = folder;

        var created = YearWorkflow.NewProject(content, disclosure);
        Assert.EndsWith("/projects/4-新项目.yml", created, StringComparison.Ordinal);
        var hash = EditableFile.Read(Path.Join(content.Root, created))!.Hash;

        Assert.Null(YearWorkflow.Delete(content, created, "0000", DateTimeOffset.UnixEpoch));
        var trashed = YearWorkflow.Delete(content, created, hash, DateTimeOffset.UnixEpoch);

        Assert.Equal("_trash/19700101-000000/" + created, trashed);
        Assert.False(File.Exists(Path.Join(content.Root, created)));
        Assert.True(File.Exists(Path.Join(content.Root, trashed)));
        var check = SiteBuilder.Check(new BuildOptions(content.Dir, null));
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
        Assert.Contains(check.Diagnostics, d => d.Code == DiagnosticCodes.LeftOut.Id);
    }
}
