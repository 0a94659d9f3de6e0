using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Commands;

/// <summary>
/// A build leaves nothing that `git status` shows: what it writes beside the content (the site, its staging folders,
/// the lock) is in the .gitignore, the repository's and the one `sitegen new` writes.
/// </summary>
public sealed class BuildLeavesGitCleanTests
{
    [Fact]
    public void A_build_of_the_repository_s_content_leaves_git_status_empty()
    {
        using var repo = new TempFolder();
        File.Copy(Path.Join(RepoPaths.Root, ".gitignore"), repo.Join(".gitignore"));
        repo.CopyFrom(RepoPaths.Content, "content");

        AssertCleanAfterBuild(repo.Path);
    }

    [Fact]
    public void A_build_of_a_new_site_leaves_git_status_empty()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.Path, "new", "site", "--title", "某县", "--authority", "某县财政局", "--base-url", "https://www.example.gov.cn/").ExitCode);

        AssertCleanAfterBuild(folder.Join("site"));
    }

    private static void AssertCleanAfterBuild(string repo)
    {
        Git(repo, "init", "-q");
        Git(repo, "add", "-A");
        Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.gov.cn", "commit", "-q", "-m", "content");

        Assert.Equal(0, CliRunner.Run(repo, "build").ExitCode);
        Assert.True(File.Exists(Path.Join(repo, ".output.lock")) && Directory.Exists(Path.Join(repo, "output")));

        Assert.Equal("", Git(repo, "status", "--porcelain"));
    }

    private static string Git(string repo, params string[] args)
    {
        var result = ProcessRunner.Run("git", args, TimeSpan.FromMinutes(1), "git was not found on PATH", workingDirectory: repo);
        Assert.True(result.ExitCode == 0, result.StdErr);
        return result.StdOut;
    }
}
