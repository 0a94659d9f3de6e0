using System.Text;
using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Import.Recognition;
using SiteGen.Import.Sources;
using SiteGen.Import.Writing;
using SiteGen.Model;
using SiteGen.Model.Targets;
using SiteGen.Markdown;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Fuzz;

/// <summary>
/// The fuzz targets. Each takes raw bytes and calls the library as a build or an import does. Bad input must
/// become diagnostics: any exception is a crash, and so is a broken invariant (<see cref="InvariantException"/>).
/// </summary>
internal static class Targets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["yaml"] = Yaml,
        ["target"] = Target,
        ["markdown"] = Markdown,
        ["import"] = Import,
    };

    private static readonly HashSet<string> MarkdownElements = new(StringComparer.Ordinal)
    {
        "p", "br", "hr", "em", "strong", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private static readonly HashSet<string> MarkdownAttributes = new(StringComparer.Ordinal) { "href", "title", "id", "start", "class" };

    /// <summary>Content file bytes → strict UTF-8 → YAML nodes → the site model, the file standing as site.yml, disclosure.yml and a project.</summary>
    private static void Yaml(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var text = TextFileReader.Decode(bytes, "fuzz.yml", diagnostics);
        var root = text is null ? null : YamlReader.Read(text, "fuzz.yml", diagnostics);
        var settings = SiteModelBuilder.BindSettings(new ContentSet(new ContentFile("fuzz.yml", root), []), diagnostics);
        SiteModelBuilder.Assemble(settings, [SiteModelBuilder.BuildDisclosure(root, [root, root], diagnostics)], diagnostics);
        Check(diagnostics);
    }

    /// <summary>A target value: never throws, keeps the text as written.</summary>
    private static void Target(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var value = TargetValueParser.Parse(text);
        Invariant(value.Text == text, "the target's text is not kept as written");
        Invariant(value.Kind != TargetKind.Quantitative || value.Number is not null, "a quantitative target without a number");
        _ = value.ScaledNumber;
    }

    /// <summary>Prose: check and render; the HTML may hold only what Markdown makes, with safe links.</summary>
    private static void Markdown(byte[] bytes)
    {
        var prose = new Prose(Encoding.UTF8.GetString(bytes), new SourceLocation("fuzz.yml", 3, 5));
        var diagnostics = new DiagnosticBag();
        MarkdownCheck.Check(prose.Markdown, prose.Start, diagnostics);
        Check(diagnostics);
        var html = MarkdownRenderer.Render(prose).Value;
        var fragment = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        foreach (var element in fragment.QuerySelectorAll("*"))
        {
            Invariant(MarkdownElements.Contains(element.LocalName), $"Markdown rendered <{element.LocalName}>");
            foreach (var attribute in element.Attributes)
            {
                Invariant(MarkdownAttributes.Contains(attribute.Name), $"Markdown rendered the attribute {attribute.Name}");
                Invariant(attribute.Name != "href" || IsSafeForBrowsers(attribute.Value), $"Markdown rendered an unsafe link {attribute.Value}");
            }
        }
    }

    /// <summary>A legacy text export: decode, recognise, write YAML; what the importer writes must read back without a YAML error.</summary>
    private static void Import(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        if (TextDecoder.Decode(bytes, "fuzz.txt", null, diagnostics) is not { } decoded)
        {
            Check(diagnostics);
            return;
        }

        var draft = DocumentRecogniser.Recognise(TextExportReader.Read(decoded.Text, "fuzz.txt", decoded.EncodingName), (int?)null, diagnostics);
        Check(diagnostics);
        if (draft is null)
        {
            return;
        }

        foreach (var yaml in draft.Projects.Select(p => ProjectYaml.Write(p, "fuzz.txt")).Prepend(DisclosureYaml.Write(draft)))
        {
            var readBack = new DiagnosticBag();
            YamlReader.Read(yaml, "written.yml", readBack);
            Invariant(!readBack.HasErrors, "the importer wrote YAML that does not read back: " + string.Join(" | ", readBack.Sorted()));
        }
    }

    /// <summary>The scheme as a browser reads it (leading controls and spaces dropped, tabs and newlines removed): none, http, https or mailto.</summary>
    private static bool IsSafeForBrowsers(string url)
    {
        var compact = new string([.. url.TrimStart((char[])[.. Enumerable.Range(0, 33).Select(c => (char)c)]).Where(c => c is not ('\t' or '\n' or '\r'))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(compact[0]) || !compact[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            return true;
        }

        return compact[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }

    private static void Check(DiagnosticBag diagnostics)
    {
        foreach (var d in diagnostics.Sorted())
        {
            Invariant(d.Location.Line >= 1 && d.Location.Column >= 1, $"a diagnostic without a position: {d}");
            Invariant(d.Code.Length == 6 && d.Code.StartsWith("SG", StringComparison.Ordinal), $"a diagnostic without a code: {d}");
        }
    }

    private static void Invariant(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvariantException(what);
        }
    }
}

/// <summary>A property the library promises was broken: a crash for the fuzzer like any exception.</summary>
internal sealed class InvariantException(string message) : Exception(message);
