using System.Diagnostics;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Output.Pdf;
using SiteGen.Rendering;
using SiteGen.Rendering.Templates;

namespace SiteGen;

/// <summary>The whole build, in order: read content, bind and check it, render pages, publish the site.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock();

        var content = clock.Time("read", () => ContentLoader.Load(options.ContentDir, diagnostics));
        var site = clock.Time("model", () => SiteModelBuilder.Build(content, diagnostics));
        var templates = clock.Time("templates", () => TemplateSet.Load(options.TemplatesDir, diagnostics));
        if (diagnostics.HasErrors || site is null || templates is null)
        {
            return Failed(diagnostics, clock);
        }

        var files = clock.Time("render", () => SiteRenderer.Render(site, templates, diagnostics, withPdfs: options.Pdf is not null));
        clock.Time("links", () => CheckLinks(files, site, options, diagnostics));

        // PDFs (--pdf): printed from the rendered pages once their links are known good, added before publishing.
        if (!diagnostics.HasErrors && options.Pdf is { } pdf)
        {
            files = clock.Time("pdf", () => DisclosurePdfs.AddTo(files, DisclosurePdfs.Jobs(site), pdf, diagnostics));
        }

        if (diagnostics.HasErrors || !clock.Time("write", () => SiteWriter.Publish(files, options.OutputDir, diagnostics)))
        {
            return Failed(diagnostics, clock);
        }

        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        var pdfs = files.Count(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal));
        return new BuildResult(true, diagnostics.Sorted(), pages, clock.Stages) { PdfsWritten = pdfs };
    }

    /// <summary>Reads and validates the content only; writes nothing.</summary>
    public static BuildResult Check(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock();
        var content = clock.Time("read", () => ContentLoader.Load(options.ContentDir, diagnostics));
        var site = clock.Time("model", () => SiteModelBuilder.Build(content, diagnostics));
        return site is null || diagnostics.HasErrors
            ? Failed(diagnostics, clock)
            : new BuildResult(true, diagnostics.Sorted(), 0, clock.Stages);
    }

    private static bool CheckLinks(IReadOnlyList<Rendering.OutputFile> files, Site site, BuildOptions options, DiagnosticBag diagnostics)
    {
        var checker = new LinkChecker(new Uri(site.Settings.BaseUrl).AbsolutePath);
        Parallel.ForEach(files, file => checker.Add(file.Path, file.Content));
        if (options.Pdf is not null)
        {
            // The PDFs are printed after this check; pages may link to them, and the build fails if one is not printed.
            foreach (var job in DisclosurePdfs.Jobs(site))
            {
                checker.Add(job.PdfPath, []);
            }
        }

        LinkReport.Report(checker, site, options.TemplatesDir, diagnostics);
        return true;
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, StageClock clock) =>
        diagnostics.HasErrors
            ? new(false, diagnostics.Sorted(), 0, clock.Stages)
            : throw new InvalidOperationException("The build stopped without reporting why: every stage that gives up must report an error.");

    /// <summary>Times each stage for the summary line and the benchmark.</summary>
    private sealed class StageClock
    {
        private readonly List<(string, TimeSpan)> _stages = [];

        public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

        public T Time<T>(string stage, Func<T> work)
        {
            var watch = Stopwatch.StartNew();
            var result = work();
            _stages.Add((stage, watch.Elapsed));
            return result;
        }
    }
}
