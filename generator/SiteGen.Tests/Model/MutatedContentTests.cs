using System.Text.RegularExpressions;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model;

/// <summary>
/// Bad input never crashes: every line of a valid site is deleted, emptied, or given a value of the
/// wrong kind, one at a time, and each broken site must be checked without an exception, with every
/// error pointing at a real line of a real file.
/// </summary>
public sealed partial class MutatedContentTests
{
    private static readonly string BaseContent = Path.Join(RepoPaths.Golden, "Broken", "_base", "content");

    private static readonly Func<string, string?>[] Mutations =
    [
        _ => null,
        line => KeyValue().Match(line) is { Success: true } m ? m.Groups[1].Value + " " : null,
        line => KeyValue().Match(line) is { Success: true } m ? m.Groups[1].Value + " []" : null,
        line => KeyValue().Match(line) is { Success: true } m ? m.Groups[1].Value + " {a: 1}" : null,
        line => KeyValue().Match(line) is { Success: true } m ? m.Groups[1].Value + " \"**\"" : null,
        line => "  " + line,
    ];

    public static TheoryData<string> Files() =>
        [.. Directory.EnumerateFiles(BaseContent, "*.yml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(BaseContent, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_single_line_mutation_is_reported_not_thrown(string file)
    {
        using var folder = new TempFolder();
        folder.CopyFrom(BaseContent);
        var path = folder.Join(file);
        var lines = File.ReadAllLines(path);
        var runs = 0;

        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var mutate in Mutations)
            {
                var changed = mutate(lines[i]);
                if (changed is null && mutate != Mutations[0])
                {
                    continue;
                }

                var mutated = lines.Take(i).Concat(changed is null ? [] : [changed]).Concat(lines.Skip(i + 1)).ToArray();
                File.WriteAllLines(path, mutated);

                var result = SiteBuilder.Check(new BuildOptions(folder.Path));

                runs++;
                Assert.True(result.Succeeded || result.ErrorCount > 0, "a failed check must say why");
                Assert.All(result.Diagnostics, d =>
                {
                    Assert.True(File.Exists(d.Location.Path), $"{d} names no file");
                    Assert.InRange(d.Location.Line, 1, File.ReadAllLines(d.Location.Path).Length + 1);
                    Assert.True(d.Location.Column >= 1, d.ToString());
                });
            }
        }

        File.WriteAllText(path, "# 只剩注释\n");
        var emptied = SiteBuilder.Check(new BuildOptions(folder.Path));
        Assert.Contains(emptied.Diagnostics, d => d.Code is "SG1011");

        File.WriteAllLines(path, lines);
        Assert.True(runs > lines.Length, "the mutations ran");
    }

    [GeneratedRegex(@"^(\s*(?:- )?[a-z_0-9]+:)\s*\S")]
    private static partial Regex KeyValue();
}
