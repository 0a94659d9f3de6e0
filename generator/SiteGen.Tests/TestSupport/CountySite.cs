using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// The fictional County fixture (Golden/County), built once into a temp folder, with its model beside it so
/// tests can compare pages with the content they came from.
/// </summary>
public sealed class CountySite : IDisposable
{
    public static readonly string ContentDir = Path.Join(RepoPaths.Golden, "County", "content");

    private readonly TempFolder _folder = new();

    public CountySite()
    {
        Output = _folder.Join("output");
        var result = SiteBuilder.Build(new BuildOptions(ContentDir, RepoPaths.Templates, Output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var diagnostics = new DiagnosticBag();
        Site = SiteModelBuilder.Build(ContentLoader.Load(ContentDir, diagnostics), diagnostics)!;
        Assert.NotNull(Site);
    }

    public string Output { get; }

    public Site Site { get; }

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Join(Output, path)));

    public void Dispose() => _folder.Dispose();
}
