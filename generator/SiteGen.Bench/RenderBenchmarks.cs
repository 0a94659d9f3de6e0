using BenchmarkDotNet.Attributes;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Templates;

namespace SiteGen.Bench;

/// <summary>Rendering every page of a 40-disclosure site (in memory), and writing and publishing it (to disk).</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private string? _folder;
    private string? _output;
    private Site? _site;
    private TemplateSet? _templates;
    private MemorySink? _rendered;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Corpus.Write(departments: 20);
        _output = Path.Join(_folder + "-site", "output");
        var diagnostics = new DiagnosticBag();
        _site = SiteModelBuilder.Build(ContentLoader.Load(_folder, diagnostics), diagnostics);
        _templates = TemplateSet.Load(Corpus.Templates, diagnostics);
        _rendered = new MemorySink();
        Render(_rendered, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Corpus.Remove(_folder);
        Corpus.Remove(_folder + "-site");
    }

    [Benchmark(Description = "Render: 40 disclosure pages and their indexes")]
    public int RenderPages() => Render(new MemorySink(), new DiagnosticBag());

    [Benchmark(Description = "Output: write the rendered files to staging and publish")]
    public bool WriteAndPublish()
    {
        var diagnostics = new DiagnosticBag();
        var staging = SiteWriter.Begin(_output!, diagnostics) ?? throw new InvalidOperationException("output refused");
        foreach (var file in _rendered!.Files)
        {
            staging.Write(file);
        }

        return staging.Publish(diagnostics);
    }

    /// <summary>Every page and every other file of the site, as a build makes them (without the link check).</summary>
    private int Render(MemorySink sink, DiagnosticBag diagnostics)
    {
        var plan = SitePlan.For(_site!, _templates!, withPdfs: false);
        var pages = SiteRenderer.Render(plan.Pages, _site!, _templates!, sink, diagnostics);
        Parallel.ForEach(plan.OtherFiles, file => sink.Write(file.Make()));
        return pages;
    }

    /// <summary>Keeps rendered files in memory.</summary>
    private sealed class MemorySink : ISiteSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<OutputFile> _files = new();

        public IEnumerable<OutputFile> Files => _files;

        public void Write(OutputFile file) => _files.Enqueue(file);
    }
}
