using System.Text.RegularExpressions;
using SiteGen.Format;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Format;

/// <summary>
/// The README's content-format section is where staff learn the keys; it is written by hand (with the comments a
/// person needs), so a test keeps it from drifting from the format description: every key of every mapping is shown.
/// </summary>
public sealed partial class ReadmeFormatTests
{
    [Fact]
    public void The_readme_shows_every_key_of_the_content_format()
    {
        var readme = File.ReadAllText(Path.Join(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("## The content format", StringComparison.Ordinal);
        var end = readme.IndexOf("### Editing YAML in VS Code", start, StringComparison.Ordinal);
        var section = readme[start..end];
        var shown = KeyInYaml().Matches(section).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var missing = ContentFormat.Files.SelectMany(f => Keys(f.Root)).Where(k => !shown.Contains(k)).Distinct().ToList();

        Assert.True(missing.Count == 0, $"README's content format section lacks: {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> Keys(MapFormat map) =>
        map.Fields.SelectMany(f => f.Type switch
        {
            MapFormat inner => Keys(inner).Prepend(f.Key),
            ListType { Items: MapFormat item } => Keys(item).Prepend(f.Key),
            _ => [f.Key],
        });

    // "key:" at the start of a YAML line in the README's examples, possibly after "- ".
    [GeneratedRegex(@"^\s*(?:- )?([a-z][a-z0-9_]*):", RegexOptions.Multiline)]
    private static partial Regex KeyInYaml();
}
