using System.Text;
using SiteGen.Editor;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Editor;

public sealed class FileSaverTests
{
    [Fact]
    public void A_file_changed_on_disk_since_the_form_opened_it_is_not_overwritten()
    {
        using var folder = new TempFolder();
        var path = folder.Join("p.yml");
        File.WriteAllText(path, "name: 甲\n");
        var opened = EditableFile.Read(path)!;
        File.WriteAllText(path, "name: 乙（另一个编辑器）\n");

        var result = FileSaver.Save(path, opened.BytesOf("name: 丙\n"), opened.Hash);

        Assert.False(result.Saved);
        Assert.Equal("name: 乙（另一个编辑器）\n", File.ReadAllText(path));
        Assert.Equal("name: 乙（另一个编辑器）\n", result.Current!.Text);
    }

    [Fact]
    public void A_save_over_the_version_opened_replaces_it_whole_keeps_the_bom_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Join("p.yml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name: 甲\n")]);
        var opened = EditableFile.Read(path)!;
        Assert.Equal("name: 甲\n", opened.Text);

        var result = FileSaver.Save(path, opened.BytesOf("name: 丙\n"), opened.Hash);

        Assert.True(result.Saved);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name: 丙\n")], File.ReadAllBytes(path));
        Assert.Equal(EditableFile.Read(path)!.Hash, result.Hash);
        Assert.Equal(["p.yml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../site.yml")]
    [InlineData("2020/d/../../../etc/passwd.yml")]
    [InlineData("/etc/site.yml")]
    [InlineData(".schema/site.yml")]
    [InlineData("2020/d/projects/notes.txt")]
    [InlineData("2020/_trash/d/projects/1-x.yml")]
    [InlineData("2020\\d\\disclosure.yml")]
    public void Paths_outside_the_content_files_are_refused(string relative)
    {
        using var folder = new TempFolder();
        Assert.Null(new ContentFolder(folder.Path).Resolve(relative));
    }

    [Fact]
    public void A_path_through_a_symbolic_link_is_refused()
    {
        using var folder = new TempFolder();
        using var outside = new TempFolder();
        Directory.CreateDirectory(outside.Join("d", "projects"));
        Directory.CreateSymbolicLink(folder.Join("2020"), outside.Path);
        var content = new ContentFolder(folder.Path);

        Assert.Null(content.Resolve("2020/d/disclosure.yml"));
        Assert.Equal(folder.Join("site.yml"), content.Resolve("site.yml"));
    }
}
