using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Security;

/// <summary>
/// Every XSS vector of <see cref="XssVectors"/>, appended to every text and Markdown field of the Showcase
/// fixture, one vector per build: the built site has no script, event attribute, dangerous URL, frame,
/// object, embed, form, base or style beyond what the templates emit for the unmodified fixture; a plain
/// field's vector, template syntax included, is on the page as text; the data files stay inert.
/// A build may also refuse a vector (unsafe Markdown link or image, a link to a missing page): then it
/// must fail with only those diagnostics, and the vector is built again in the plain-text fields alone.
/// </summary>
public sealed partial class HostileContentTests(ITestOutputHelper output)
{
    /// <summary>Elements that run, load or submit something, or change how the page is read; counted per page.</summary>
    private static readonly string[] ActiveElements =
    [
        "script", "style", "link", "meta", "base", "iframe", "frame", "frameset", "object", "embed", "applet",
        "form", "input", "button", "textarea", "select", "img", "image", "video", "audio", "source", "track",
        "svg", "math", "use", "foreignobject", "animate", "set", "template", "noscript", "portal", "marquee",
    ];

    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "ping", "cite", "codebase", "dynsrc", "lowsrc"];

    /// <summary>Diagnostics that refuse hostile Markdown (SG4001 unsafe link, SG4002 image, SG6003 link to a missing page).</summary>
    private static readonly string[] RefusalCodes = ["SG4001", "SG4002", "SG6003"];

    private static readonly Lazy<Baseline> Unmodified = new(Baseline.Build);

    public static TheoryData<string> Categories() => [.. XssVectors.ByCategory.Keys];

    [Fact]
    public void The_corpus_has_at_least_sixty_vectors_in_eight_categories()
    {
        Assert.True(XssVectors.All.Count() >= 60);
        Assert.True(XssVectors.ByCategory.Count >= 8);
        Assert.Equal(XssVectors.All.Count(), XssVectors.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Hostile_text_in_every_field_stays_text(string category)
    {
        var (fieldsTried, refused) = (0, 0);
        foreach (var vector in XssVectors.ByCategory[category])
        {
            using var folder = new TempFolder();
            var fields = HostileSite.Write(folder.Join("content"), vector, inMarkdown: true);
            Assert.True(fields >= 40, $"only {fields} fields were changed");
            fieldsTried += fields;
            var result = Build(folder);
            if (!result.Succeeded)
            {
                refused++;
                var errors = result.Diagnostics.Where(d => d.Severity == SiteGen.Diagnostics.Severity.Error).ToList();
                Assert.True(errors.All(d => RefusalCodes.Contains(d.Code)),
                    $"vector {Show(vector)} failed the build with: {string.Join("\n", errors)}");
                Directory.Delete(folder.Join("content"), recursive: true);
                HostileSite.Write(folder.Join("content"), vector, inMarkdown: false);
                result = Build(folder);
                Assert.True(result.Succeeded, $"vector {Show(vector)} in plain fields: {string.Join("\n", result.Diagnostics)}");
            }

            AssertInert(folder.Join("output"), vector);
        }

        output.WriteLine($"{category}: {XssVectors.ByCategory[category].Length} vectors, {fieldsTried} vector × field placements, {refused} refused in Markdown fields by the build");
    }

    private static BuildResult Build(TempFolder folder) =>
        SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));

    private static void AssertInert(string output, string vector)
    {
        var baseline = Unmodified.Value;
        var pages = GoldenFiles.ListFiles(output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(baseline.Pages.Keys.Order(StringComparer.Ordinal), pages);
        var plainTextSeen = false;
        foreach (var path in pages)
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Join(output, path)));
            var where = $"{path} with vector {Show(vector)}";
            Assert.True(baseline.Pages[path].SequenceEqual(CountActive(page)), $"{where}: active elements differ from the unmodified site");
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.True(baseline.AttributeNames.Contains(attribute.Name), $"{where}: attribute {attribute.Name} on <{element.LocalName}>");
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: event attribute {attribute.Name}");
                    if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        Assert.True(IsSafeUrl(attribute.Value), $"{where}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }
            }

            Assert.DoesNotContain(page.QuerySelectorAll("meta[http-equiv]"), m => !string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase));
            plainTextSeen |= Normalise(page.Body!.TextContent).Contains(Normalise(vector), StringComparison.Ordinal);
        }

        // The department and project names are plain fields: the vector, template syntax included, is shown as written.
        Assert.True(plainTextSeen, $"vector {Show(vector)} does not appear as text on any page");
        AssertDataFilesInert(output, vector);
    }

    private static void AssertDataFilesInert(string output, string vector)
    {
        foreach (var json in Directory.EnumerateFiles(output, "data.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            // YAML reads U+2028 and U+2029 as line breaks, so compare with whitespace normalised.
            Assert.EndsWith(Normalise(vector), Normalise(document.RootElement.GetProperty("department").GetProperty("name").GetString()!), StringComparison.Ordinal);
        }

        var index = File.ReadAllText(Path.Join(output, "search", "index.js"));
        Assert.DoesNotMatch(ScriptBreak(), index);
        const string prefix = "window.SITEGEN_SEARCH = ";
        var start = index.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        using (JsonDocument.Parse(index[start..].TrimEnd().TrimEnd(';')))
        {
            // The head is one JSON value assigned to one global: nothing else runs.
        }

        foreach (var file in Directory.EnumerateFiles(Path.Join(output, "search"), "*.js", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "index.js"))
        {
            // Each shard and block is one call of one function with its name and one JSON value.
            var part = File.ReadAllText(file);
            Assert.DoesNotMatch(ScriptBreak(), part);
            var call = System.Text.RegularExpressions.Regex.Match(part, "^window\\.SITEGEN_SEARCH_PART\\(\"[te]/[0-9]+\", (?<json>.*)\\);\n$", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.True(call.Success, $"{file} is not one call of SITEGEN_SEARCH_PART");
            using (JsonDocument.Parse(call.Groups["json"].Value))
            {
            }
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        foreach (var xml in new[] { "feed.xml", "sitemap.xml" })
        {
            using var reader = XmlReader.Create(Path.Join(output, xml), settings);
            var document = XDocument.Load(reader);
            Assert.DoesNotContain(document.DescendantNodes(), n => n is XProcessingInstruction);
        }
    }

    /// <summary>What a browser would run: only no scheme (relative), http, https and mailto are safe.</summary>
    internal static bool IsSafeUrl(string url)
    {
        var compact = new string([.. url.Where(c => c > ' ' && c != '\u007F')]);
        var scheme = SchemePattern().Match(compact);
        return !scheme.Success || scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto";
    }

    internal static int[] CountActive(IDocument page) =>
        [.. ActiveElements.Select(name => page.All.Count(e => string.Equals(e.LocalName, name, StringComparison.OrdinalIgnoreCase)))];

    private static string Normalise(string text) => WhiteSpace().Replace(text.Replace('\u0000', '\uFFFD'), " ").Trim();

    private static string Show(string vector) => JsonSerializer.Serialize(vector);

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("</script|<!--", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptBreak();

    /// <summary>The unmodified fixture's pages: what the templates themselves emit.</summary>
    private sealed record Baseline(Dictionary<string, int[]> Pages, HashSet<string> AttributeNames)
    {
        public static Baseline Build()
        {
            using var folder = new TempFolder();
            var result = SiteBuilder.Build(new BuildOptions(HostileSite.FixtureDir, RepoPaths.Templates, folder.Join("output")));
            Assert.True(result.Succeeded);
            var pages = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in GoldenFiles.ListFiles(folder.Join("output")).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            {
                var page = new HtmlParser().ParseDocument(File.ReadAllText(folder.Join("output", path)));
                pages[path] = CountActive(page);
                names.UnionWith(page.All.SelectMany(e => e.Attributes).Select(a => a.Name));
            }

            // Chart labels that wrap (long names) draw a second line with dy; the fixture's names are short.
            names.Add("dy");

            return new Baseline(pages, names);
        }
    }
}
