using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Import;

/// <summary>
/// The README's import section shows each shape as a short document followed by the command that imports it and what
/// that writes (`sitegen import 公示.txt --department-code 213001` → `budget.total: 50.00`, `core: true`…; SG7102).
/// Each such example is saved as its file, imported by the real command line into a copy of the bundled content, and
/// every `key: value`, `….yml` and SG code the README states is looked for in what was written and reported, so the
/// examples cannot drift from what the importer does.
/// </summary>
public sealed partial class ReadmeImportExamplesTests
{
    private sealed record Example(string Document, string Command, string Says);

    public static TheoryData<string> Commands => [.. Examples().Select(e => e.Command)];

    [Fact]
    public void The_import_section_has_its_examples_each_with_a_command_of_its_own()
    {
        // The shapes of issue 14, each shown by an example the theory below imports (and finds by its command).
        var commands = Examples().Select(e => e.Command).ToList();
        Assert.True(commands.Count >= 8, string.Join('\n', commands));
        Assert.Equal(commands.Count, commands.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_import_section_names_every_code_the_import_reports()
    {
        var section = ImportSection();
        var unnamed = DiagnosticCodes.All.Select(c => c.Id).Where(id => id.StartsWith("SG7", StringComparison.Ordinal) && !section.Contains(id, StringComparison.Ordinal)).ToList();

        Assert.True(unnamed.Count == 0, $"the import section of README.md does not name {string.Join(", ", unnamed)}");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_example_imports_as_the_readme_says(string command)
    {
        var example = Examples().Single(e => e.Command == command);
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Content, "content");
        var before = YamlFiles(folder).ToHashSet(StringComparer.Ordinal);
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]; // after "sitegen"
        File.WriteAllText(folder.Join(args[1]), example.Document);

        var result = CliRunner.Run(folder.Path, args);

        var output = result.StdOut + result.StdErr;
        // Exit 1 only where the README says so (the follow-up check asking for a value the document left blank).
        Assert.True(result.ExitCode == (example.Says.Contains("exit 1", StringComparison.Ordinal) ? 1 : 0), output);
        var written = YamlFiles(folder).Where(f => !before.Contains(f)).ToList();
        Assert.NotEmpty(written);
        foreach (Match span in Backticked().Matches(example.Says))
        {
            var text = span.Groups[1].Value;
            if (text.EndsWith(".yml", StringComparison.Ordinal))
            {
                Assert.True(written.Any(f => f.Replace('\\', '/').EndsWith("/" + text, StringComparison.Ordinal)), $"{text} was not written:\n{output}");
            }
            else if (text.Contains(": ", StringComparison.Ordinal) && !text.StartsWith("sitegen", StringComparison.Ordinal))
            {
                foreach (var (path, value) in Claims(text))
                {
                    Assert.True(written.Any(f => Holds(f, path, value)), $"no written file has {path}: {value}\n{output}");
                }
            }
        }

        foreach (Match code in CodeMentioned().Matches(example.Says))
        {
            Assert.Contains($" {code.Value}: ", output, StringComparison.Ordinal);
        }
    }

    /// <summary>Every fenced block of the import section whose next line is a `sitegen import …` command, with what follows it.</summary>
    private static List<Example> Examples()
    {
        var lines = ImportSection().Split('\n');
        var examples = new List<Example>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("```text", StringComparison.Ordinal) && !lines[i].TrimStart().StartsWith("```html", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = lines[i].Length - lines[i].TrimStart().Length;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                body.Add(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
            }

            var says = new List<string>();
            for (var j = i + 1; j < lines.Length && lines[j].Trim().Length > 0 && !lines[j].TrimStart().StartsWith("- ", StringComparison.Ordinal)
                && !lines[j].TrimStart().StartsWith("```", StringComparison.Ordinal); j++)
            {
                says.Add(lines[j].Trim());
            }

            if (says.Count > 0 && Command().Match(says[0]) is { Success: true } command)
            {
                examples.Add(new Example(string.Join('\n', body) + "\n", command.Groups[1].Value, string.Join(' ', says)[command.Length..]));
            }
        }

        return examples;
    }

    private static string ImportSection()
    {
        var readme = File.ReadAllText(Path.Join(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("## Importing legacy documents", StringComparison.Ordinal);
        return readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
    }

    /// <summary>`budget.total: 50.00` → (budget.total, 50.00); `department: {code: "213001", name: …}` → one claim per key.</summary>
    private static IEnumerable<(string Path, string Value)> Claims(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Flatten("", stream.Documents[0].RootNode);

        static IEnumerable<(string, string)> Flatten(string prefix, YamlNode node) => node switch
        {
            YamlMappingNode map => map.Children.SelectMany(c => Flatten(prefix + ((YamlScalarNode)c.Key).Value + ".", c.Value)),
            YamlScalarNode scalar => [(prefix.TrimEnd('.'), scalar.Value ?? "")],
            _ => [],
        };
    }

    /// <summary>A dotted path read from the file's root; a bare key anywhere in it (`target: ≥20处` is some indicator's).</summary>
    private static bool Holds(string file, string path, string value)
    {
        if (path.Contains('.', StringComparison.Ordinal))
        {
            return Forms.FormBlocks.Field(file, path)?.TrimEnd('\n') == value;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        return stream.Documents[0].AllNodes.OfType<YamlMappingNode>().Any(map => map.Children.Any(c =>
            c.Key is YamlScalarNode { Value: var key } && key == path && c.Value is YamlScalarNode { Value: var v } && v?.TrimEnd('\n') == value));
    }

    private static IEnumerable<string> YamlFiles(TempFolder folder) =>
        Directory.EnumerateFiles(folder.Join("content"), "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"^`(sitegen import [^`]+)`")]
    private static partial Regex Command();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"SG\d{4}")]
    private static partial Regex CodeMentioned();
}
