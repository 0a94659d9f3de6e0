using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// The layers of the library, enforced. Between projects the compiler does it (SiteGen.Core references neither
/// SiteGen.Import, SiteGen.Sample, SiteGen.Pdf nor the CLI); inside SiteGen.Core these tests read the compiled
/// types' references (NetArchTest, through Mono.Cecil), so a lower layer that reaches up fails CI.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Core = typeof(SiteBuilder).Assembly;

    /// <summary>
    /// Each layer of the core, lowest first, and what it must never use: any layer above it. The pipeline's parts
    /// (SiteGen.Pipeline: state kept between builds, what makes the files) sit below the build itself (the root
    /// namespace: <see cref="SiteBuilder"/>, its options and result), which <c>sitegen serve</c>'s preview calls.
    /// </summary>
    public static TheoryData<string, string[]> Layers => new()
    {
        { "SiteGen.Diagnostics", ["SiteGen.Content", "SiteGen.Format", "SiteGen.Markdown", "SiteGen.Model", "SiteGen.Review", "SiteGen.Rendering", "SiteGen.Output", "SiteGen.Pipeline", .. Root, "SiteGen.Preview"] },
        { "SiteGen.Content", ["SiteGen.Format", "SiteGen.Markdown", "SiteGen.Model", "SiteGen.Review", "SiteGen.Rendering", "SiteGen.Output", "SiteGen.Pipeline", .. Root, "SiteGen.Preview"] },
        { "SiteGen.Markdown", ["SiteGen.Content", "SiteGen.Format", "SiteGen.Model", "SiteGen.Review", "SiteGen.Rendering", "SiteGen.Output", "SiteGen.Pipeline", .. Root, "SiteGen.Preview"] },
        { "SiteGen.Format", ["SiteGen.Markdown", "SiteGen.Model", "SiteGen.Review", "SiteGen.Rendering", "SiteGen.Output", "SiteGen.Pipeline", .. Root, "SiteGen.Preview"] },
        { "SiteGen.Model", ["SiteGen.Review", "SiteGen.Rendering", "SiteGen.Output", "SiteGen.Pipeline", .. Root, "SiteGen.Preview"] },
        { "SiteGen.Review", ["SiteGen.Rendering", "SiteGen.Output", "SiteGen.Pipeline", .. Root, "SiteGen.Preview"] },
        { "SiteGen.Rendering", ["SiteGen.Output", "SiteGen.Pipeline", .. Root, "SiteGen.Preview"] },
        { "SiteGen.Output", ["SiteGen.Pipeline", .. Root, "SiteGen.Preview"] },
        { "SiteGen.Pipeline", [.. Root, "SiteGen.Preview"] },
        { "SiteGen", ["SiteGen.Preview"] },
    };

    /// <summary>The types of the root namespace, by full name (naming the namespace "SiteGen" would name every layer).</summary>
    private static string[] Root => [.. Core.GetTypes().Where(t => t.Namespace == "SiteGen" && !t.IsNested).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_of_the_core_never_uses_a_layer_above_it(string layer, string[] above)
    {
        var result = Types.InAssembly(Core)
            .That().ResideInNamespaceMatching(layer == "SiteGen" ? "^SiteGen$" : $"^{Regex.Escape(layer)}(\\..+)?$") // a layer and the namespaces below it; the root alone
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer} reaches up: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
    }

    [Fact]
    public void The_core_references_no_office_browser_or_html_parser_package_and_none_of_the_projects_above_it()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name =>
            name.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Playwright", StringComparison.Ordinal)
            || name.StartsWith("AngleSharp", StringComparison.Ordinal)
            || name is "SiteGen.Import" or "SiteGen.Sample" or "SiteGen.Pdf" or "SiteGen.Editor" or "SiteGen.Cli");
    }

    [Theory]
    [InlineData(typeof(SiteBuilder))]
    [InlineData(typeof(SiteGen.Import.Importer))]
    [InlineData(typeof(SiteGen.Sample.SampleCorpus))]
    [InlineData(typeof(SiteGen.Pdf.ChromiumPdfPrinter))]
    [InlineData(typeof(SiteGen.Editor.MinimalEdit))]
    public void No_library_uses_the_command_line(Type libraryType)
    {
        var result = Types.InAssembly(libraryType.Assembly).ShouldNot().HaveDependencyOnAny("SiteGen.Cli").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
        Assert.DoesNotContain(libraryType.Assembly.GetReferencedAssemblies(), a => a.Name == "SiteGen.Cli");
    }
}
