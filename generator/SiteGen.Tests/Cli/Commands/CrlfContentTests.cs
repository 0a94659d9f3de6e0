using System.Text;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Commands;

/// <summary>Content saved on Windows (CRLF line ends) reads as it is, and the console speaks UTF-8 (Chinese on a Windows console).</summary>
public sealed class CrlfContentTests
{
    [Fact]
    public void Content_with_CRLF_line_ends_builds_the_same_site_and_mistakes_are_reported_at_the_same_line()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        Assert.Equal(0, CliRunner.Run(site.Path, "build", "--output", "lf").ExitCode);
        var yamlFiles = Directory.EnumerateFiles(site.Join("content"), "*.yml", SearchOption.AllDirectories).ToList();
        foreach (var file in yamlFiles)
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal));
        }

        var crlf = CliRunner.Run(site.Path, "build", "--output", "crlf");

        Assert.True(crlf.ExitCode == 0 && crlf.StdErr.Length == 0, crlf.StdErr);
        Assert.All(GoldenFiles.ListFiles(site.Join("lf")), f => Assert.Equal(File.ReadAllBytes(site.Join("lf", f)), File.ReadAllBytes(site.Join("crlf", f))));

        var project = yamlFiles.Single(f => f.EndsWith("1-临西新闻网平台维护费.yml", StringComparison.Ordinal));
        File.WriteAllText(project, File.ReadAllText(project).Replace("\r\n  fiscal: 10.00", "\r\n\tfiscal: 10.00", StringComparison.Ordinal));
        var broken = CliRunner.Run(site.Path, "check");
        Assert.Contains("1-临西新闻网平台维护费.yml(7,1): error SG1012: 第 7 行第 1 列是 Tab", broken.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_output_is_UTF_8_whatever_the_system_s_encoding()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        File.AppendAllText(site.Join("content", "site.yml"), "\tdescription: x\n");
        var environment = new Dictionary<string, string> { ["LANG"] = "en_US.ISO-8859-1", ["LC_ALL"] = "en_US.ISO-8859-1" };

        var raw = ProcessRunner.RunBytes("dotnet", [Path.Join(AppContext.BaseDirectory, "SiteGen.Cli.dll"), "check"], environment, site.Path);

        var expected = "error SG1012: 第 11 行第 1 列是 Tab";
        Assert.True(raw.StdErr.AsSpan().IndexOf(Encoding.UTF8.GetBytes(expected)) >= 0, Encoding.Latin1.GetString(raw.StdErr));
        Assert.False(raw.StdErr.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark before the first line");
    }
}
