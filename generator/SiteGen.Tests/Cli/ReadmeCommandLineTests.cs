using System.Text.RegularExpressions;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli;

/// <summary>The README a newcomer reads: its synopsis lists every command `sitegen help` knows, and no link leaves the repository.</summary>
public sealed partial class ReadmeCommandLineTests
{
    private static readonly string Readme = File.ReadAllText(Path.Join(RepoPaths.Root, "README.md"));

    [Fact]
    public void The_synopsis_lists_every_command_of_sitegen_help()
    {
        using var folder = new TempFolder();
        var help = CliRunner.Run(folder.Path, "help").StdOut;
        var commands = CommandInHelp().Matches(help).Select(m => m.Groups[1].Value).Distinct().ToList();
        var section = Readme[Readme.IndexOf("## The command line", StringComparison.Ordinal)..];
        var synopsis = section[(section.IndexOf("```", StringComparison.Ordinal) + 3)..];
        synopsis = synopsis[..synopsis.IndexOf("```", StringComparison.Ordinal)];

        Assert.Superset(new HashSet<string> { "new", "build", "check", "import", "schema", "templates", "sample", "serve", "verify" }, commands.ToHashSet());
        Assert.All(commands, command => Assert.Matches($"(?m)^sitegen {command}\\b", synopsis));
    }

    [Fact]
    public void No_link_of_the_README_leaves_the_repository()
    {
        var links = MarkdownLink().Matches(Readme).Select(m => m.Groups[1].Value).Where(target => !target.StartsWith('#')).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, target =>
        {
            var path = Path.GetFullPath(Path.Join(RepoPaths.Root, target.Split('#')[0]));
            Assert.True(path.StartsWith(RepoPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && (File.Exists(path) || Directory.Exists(path)), $"README links to {target}, which is not a file of the repository");
        });
    }

    [GeneratedRegex(@"(?m)^  sitegen ([a-z-]+)")]
    private static partial Regex CommandInHelp();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
