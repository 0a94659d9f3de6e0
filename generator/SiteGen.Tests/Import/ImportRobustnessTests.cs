using System.Text;
using SiteGen.Import;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>
/// Whatever file is imported, the import ends with a result, never an exception: it either writes
/// content or reports an error and writes nothing. Inputs are mutations of the seed and random bytes.
/// </summary>
public sealed class ImportRobustnessTests
{
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_seeds_import_or_are_refused_without_writing_anything(int seed)
    {
        using var folder = new TempFolder();
        var random = new Random(seed);
        var path = SeedText.Write(folder, Mutate(SeedText.Lines, random));

        var run = ImportRun.Of(folder, path);

        Assert.True(run.Result.Succeeded || run.Result.Diagnostics.Any(d => d.Severity == SiteGen.Diagnostics.Severity.Error));
        if (run.Result.Imported.Count == 0)
        {
            Assert.False(Directory.Exists(run.ContentDir), run.Report);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_are_refused_with_a_diagnostic(int seed)
    {
        using var folder = new TempFolder();
        var bytes = new byte[new Random(seed).Next(0, 4096)];
        new Random(seed).NextBytes(bytes);
        var path = folder.Join(seed % 2 == 0 ? "random.txt" : "random.docx");
        File.WriteAllBytes(path, bytes);

        var result = Importer.Import(new ImportOptions([path], folder.Join("content")));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code is "SG7001" or "SG7002" or "SG7003");
        Assert.False(Directory.Exists(folder.Join("content")));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    /// <summary>A few random edits of the kinds real files suffer: lost, repeated or swapped lines, stray characters, a cut.</summary>
    private static string Mutate(string[] lines, Random random)
    {
        var result = lines.ToList();
        for (var edits = random.Next(1, 6); edits > 0 && result.Count > 2; edits--)
        {
            var at = random.Next(result.Count);
            switch (random.Next(6))
            {
                case 0:
                    result.RemoveRange(at, Math.Min(random.Next(1, 12), result.Count - at));
                    break;
                case 1:
                    result.Insert(at, result[random.Next(result.Count)]);
                    break;
                case 2:
                    (result[at], result[random.Next(result.Count)]) = (result[random.Next(result.Count)], result[at]);
                    break;
                case 3:
                    result[at] = Garble(result[at], random);
                    break;
                case 4:
                    result.RemoveRange(at, result.Count - at);
                    break;
                default:
                    result.Insert(at, "\t" + Garble("", random));
                    break;
            }
        }

        return string.Join('\n', result);
    }

    private static string Garble(string line, Random random)
    {
        var builder = new StringBuilder(line);
        const string Alphabet = "\t:：-#*[]<>&\"'|一是1、≥**万元%";
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            builder.Insert(random.Next(builder.Length + 1), Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }
}
