using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model;

/// <summary>
/// Every line of a valid site is edited the ways people damage lines (<see cref="LineEdit"/>), one edit at a time, and
/// the check must say what <see cref="ExpectedOutcome"/> derives from what the line is: an error at the edited file
/// (on the edited line for a bad value, at its mapping for a missing key, near the line when YAML reads the lines
/// around it differently), or, for the named <see cref="HarmlessEdit"/>s only, no error. Never an exception, and every
/// diagnostic at a real line of a real file.
/// </summary>
public sealed class MutatedContentTests
{
    private static readonly string BaseContent = Path.Join(RepoPaths.Golden, "Broken", "_base", "content");

    private static readonly string[] FileNames =
        [.. Directory.EnumerateFiles(BaseContent, "*.yml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(BaseContent, f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Files() => [.. FileNames];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_edit_of_a_line_is_an_error_at_its_file_unless_it_is_a_named_harmless_one(string file)
    {
        using var folder = new TempFolder();
        folder.CopyFrom(BaseContent);
        var path = folder.Join(file);
        var texts = File.ReadAllLines(path);
        var content = ContentFile.Read(path, FormatOf(file));
        var wrong = new List<string>();

        foreach (var line in content.Lines)
        {
            foreach (var edit in LineEdits.All.Where(e => e.AppliesTo(line)))
            {
                var edited = edit.Apply(texts, line.Number);
                File.WriteAllLines(path, edited);

                var result = SiteBuilder.Check(new BuildOptions(folder.Path));

                var expected = ExpectedOutcome.Of(edit, content, line);
                wrong.AddRange(Mismatches(expected, result, path, edited.Length).Select(m => $"{file}:{line.Number} {edit} ({line.Path}, \"{line.Text.Trim()}\"): {m}"));
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_left_with_only_a_comment_is_reported_as_empty(string file)
    {
        using var folder = new TempFolder();
        folder.CopyFrom(BaseContent);
        File.WriteAllText(folder.Join(file), "# 只剩注释\n");

        var result = SiteBuilder.Check(new BuildOptions(folder.Path));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.EmptyFile.Id && Path.GetFullPath(d.Location.Path) == Path.GetFullPath(folder.Join(file)));
    }

    [Fact]
    public void Every_harmless_edit_of_the_list_is_made_by_the_fixture_and_every_edit_also_breaks_some_line()
    {
        var outcomes = FileNames.SelectMany(file =>
        {
            var content = ContentFile.Read(Path.Join(BaseContent, file), FormatOf(file));
            return content.Lines.SelectMany(line => LineEdits.All.Where(e => e.AppliesTo(line)).Select(e => (Edit: e, Outcome: ExpectedOutcome.Of(e, content, line))));
        }).ToList();

        Assert.Equal(Enum.GetValues<HarmlessEdit>(), outcomes.Select(o => o.Outcome).OfType<StaysValid>().Select(s => s.Because).Distinct().Order());
        Assert.Equal(LineEdits.All, outcomes.Where(o => o.Outcome is MustFail).Select(o => o.Edit).Distinct().Order());
    }

    private static MapFormat FormatOf(string file) => Path.GetFileName(file) switch
    {
        "site.yml" => ContentFormat.Site,
        "disclosure.yml" => ContentFormat.Disclosure,
        _ => ContentFormat.Project,
    };

    private static IEnumerable<string> Mismatches(Expectation expected, BuildResult result, string path, int lineCount)
    {
        foreach (var d in result.Diagnostics.Where(d => !File.Exists(d.Location.Path) || d.Location.Line < 1 || d.Location.Column < 1
            || d.Location.Line > File.ReadAllLines(d.Location.Path).Length + 1))
        {
            yield return $"{d} does not point at a line of a file";
        }

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        switch (expected)
        {
            case StaysValid harmless when errors.Count > 0:
                yield return $"harmless ({harmless.Because}) but reported: {string.Join(" | ", errors)}";
                break;
            case MustFail fail when !errors.Any(d => Path.GetFullPath(d.Location.Path) == Path.GetFullPath(path) && fail.Lines.Contains(d.Location.Line) && d.Location.Line <= lineCount):
                yield return $"{fail.Because}, so an error on line {string.Join(" or ", fail.Lines.Order())} of the file was due, but the check said: "
                    + (result.Diagnostics.Count == 0 ? "nothing" : string.Join(" | ", result.Diagnostics));
                break;
        }
    }
}
