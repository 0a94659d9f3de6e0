using SiteGen.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Security;

/// <summary>
/// Writes a copy of the Showcase fixture (every optional field filled) with a hostile text appended to every
/// text and Markdown field: names, titles, codes' names, prose, targets, bases, details, site settings.
/// Fields whose values the format restricts (codes, years, amounts, percents, levels, the base URL) keep theirs.
/// </summary>
internal static class HostileSite
{
    public static readonly string FixtureDir = Path.Join(RepoPaths.Golden, "Showcase", "content");

    /// <summary>Values the format checks strictly: a vector there is refused by design, not a hole.</summary>
    private static readonly HashSet<string> RestrictedKeys = new(StringComparer.Ordinal)
    {
        "code", "year", "framework", "money_unit", "total", "fiscal", "other", "amount", "percent",
        "weight", "core", "level1", "level2", "base_url",
    };

    private static readonly HashSet<string> MarkdownKeys = new(StringComparer.Ordinal)
    {
        "intro", "items", "text", "purpose", "approval_basis", "goals", "long_term_goals",
    };

    /// <summary>Copies the fixture into <paramref name="contentDir"/>, changing fields; returns how many fields were changed.</summary>
    /// <param name="inMarkdown">Whether Markdown fields get the vector too (else only plain-text fields).</param>
    public static int Write(string contentDir, string vector, bool inMarkdown)
    {
        var changed = 0;
        foreach (var file in Directory.EnumerateFiles(FixtureDir, "*.yml", SearchOption.AllDirectories))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            var isSite = Path.GetFileName(file) == "site.yml";
            changed += Mutate(yaml.Documents[0].RootNode, key: null, isSite, vector, inMarkdown);

            var target = Path.Join(contentDir, Path.GetRelativePath(FixtureDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var writer = new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false));
            yaml.Save(writer, assignAnchors: false);
        }

        return changed;
    }

    public static bool IsMarkdown(string? key, bool isSite) => key is not null && (MarkdownKeys.Contains(key) || (isSite && key == "description"));

    private static int Mutate(YamlNode node, string? key, bool isSite, string vector, bool inMarkdown)
    {
        switch (node)
        {
            case YamlMappingNode map:
                return map.Children.Sum(entry => Mutate(entry.Value, ((YamlScalarNode)entry.Key).Value, isSite, vector, inMarkdown));
            case YamlSequenceNode list:
                return list.Children.Sum(item => Mutate(item, key, isSite, vector, inMarkdown));
            case YamlScalarNode scalar when key is not null && !RestrictedKeys.Contains(key) && (inMarkdown || !IsMarkdown(key, isSite)):
                // A space between keeps a Markdown vector at a word boundary, as a person would type it.
                scalar.Value = (scalar.Value ?? "") + " " + vector;
                scalar.Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted;
                return 1;
            default:
                return 0;
        }
    }
}
