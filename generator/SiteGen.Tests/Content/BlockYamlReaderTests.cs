using System.Text;
using SiteGen.Content;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Tests.Content;

/// <summary>
/// The quick reader (<see cref="BlockYamlReader"/>) must give exactly YamlDotNet's events, marks included, whenever it
/// reads a text at all, and it must read the files content is really made of (else it saves nothing).
/// </summary>
public sealed class BlockYamlReaderTests
{
    /// <summary>What <see cref="TreeBuilder"/> reads of each event: its kind, a scalar's value, style and both marks, a collection's start.</summary>
    private static string Describe(ParsingEvent e) => e switch
    {
        Scalar s => $"scalar {s.Style} [{s.Value}] {At(s.Start)}-{At(s.End)}",
        MappingStart or SequenceStart => $"{e.GetType().Name} {At(e.Start)}",
        _ => e.GetType().Name,
    };

    private static string At(Mark m) => $"{m.Index}/{m.Line}:{m.Column}";

    /// <summary>YamlDotNet's events for the text, as <see cref="Describe"/> puts them; null when it refuses the text.</summary>
    private static List<string>? YamlDotNetEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<string>();
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is not (StreamStart or StreamEnd or DocumentStart or DocumentEnd))
                {
                    events.Add(Describe(parser.Current!));
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }

        return events;
    }

    /// <summary>True when the quick reader read the text (and then its events are YamlDotNet's).</summary>
    private static bool ReadsAlike(string text, string name)
    {
        if (BlockYamlReader.Events(text) is not { } quick)
        {
            return false;
        }

        var expected = YamlDotNetEvents(text);
        Assert.True(expected is not null, $"{name}: YamlDotNet refuses a text the quick reader read:\n{text}");
        Assert.Equal(string.Join("\n", expected!), string.Join("\n", quick.Select(Describe)));
        return true;
    }

    private static IEnumerable<string> YamlFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static string Text(string file)
    {
        var text = File.ReadAllText(file, new UTF8Encoding(false));
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    [Fact]
    public void Every_file_of_the_bundled_content_and_of_a_sample_corpus_is_read_quickly_into_YamlDotNets_events()
    {
        using var folder = new TempFolder();
        SampleCorpus.Write(new SampleOptions(12, 3, 7, folder.Join("content")));
        var files = YamlFiles(RepoPaths.Content).Concat(YamlFiles(folder.Join("content"))).ToList();

        var notRead = files.Where(f => !ReadsAlike(Text(f), f)).ToList();

        Assert.True(files.Count > 100, $"only {files.Count} files");
        Assert.Empty(notRead);
    }

    [Theory]
    [InlineData("a: b  # c\nk: \"x\\ty\\u00e9\\\"\"\nl:\n  - p: 1\n    q: |\n      line1\n\n      line2\n\n  - z\nm: |-\n  t\nn: v\n")]
    [InlineData("a:\nb: x\nitems:\n- one\n-   two   \n# c\nn: |\n  t\n")]
    [InlineData("a:   \nb: # c\nc: x#y  \nl:\n  - a: 1\n    b:\n  - c: 2\nd: |\n  t\n# cm\n\ne: last")]
    [InlineData("a: x\r\nb: |\r\n  t\r\n\r\n  u\r\nc: 'it''s'\r\n")]
    [InlineData("a: |\n  t")]
    [InlineData("a: |\n    x\n      y\n    z\n\n\n")]
    [InlineData("- a\n- b: 1\n  c:\n    - d\n    -   e: f\n        g: |\n          h\n")]
    [InlineData("name: 农村公路养护（一期）：维修\ntarget: \">=3700份\"\nurl: https://www.example.gov.cn/a?b=c#d\n")]
    public void Texts_in_the_subset_read_into_YamlDotNets_events(string text) =>
        Assert.True(ReadsAlike(text, "case"), "the quick reader gave up on a text of its subset");

    [Theory]
    [InlineData("a: [1, 2]\n")] // flow
    [InlineData("a: &x 1\nb: *x\n")] // anchors
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: very\n  long\n")] // a plain value continued
    [InlineData("a: \"open\n  quote\"\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n  \nb: 2\n")] // a line of spaces
    [InlineData("a:\tb\n")]
    [InlineData("a: b: c\n")]
    [InlineData("  a: 1\n")]
    [InlineData("a: 1\n b: 2\n")]
    [InlineData("text\n")]
    [InlineData("")]
    public void Anything_else_is_left_to_YamlDotNet(string text) => Assert.Null(BlockYamlReader.Events(text));

    /// <summary>
    /// Random edits of real content files, at the characters YAML cares about: whatever the quick reader reads must be
    /// what YamlDotNet reads, and it must still read a fair share of them (else the comparison proves nothing).
    /// </summary>
    [Fact]
    public void Mutated_content_files_read_alike_or_are_left_to_YamlDotNet()
    {
        string[] inserts = [":", ": ", " ", "  ", "#", " #", "-", "- ", "\"", "'", "|", "|-", "|+", ">", "\n", "\n\n", "\r\n", "\n  ", "\n- ", "[", "{", "&", "*", "!", "?", "%", "\\", "\\u", "x", "\u3000", "：", "a: b\n", new string('长', 1030) + ": x\n"];
        var random = new Random(20261203);
        var bases = YamlFiles(RepoPaths.Content).Select(Text).ToList();
        var read = 0;
        const int Trials = 4000;
        for (var trial = 0; trial < Trials; trial++)
        {
            var text = bases[random.Next(bases.Count)];
            for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
            {
                var at = random.Next(text.Length);
                text = random.Next(3) == 0
                    ? text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at))
                    : text.Insert(at, inserts[random.Next(inserts.Length)]);
            }

            read += ReadsAlike(text, $"mutation {trial}") ? 1 : 0;
        }

        Assert.InRange(read, Trials / 5, Trials);
    }
}
