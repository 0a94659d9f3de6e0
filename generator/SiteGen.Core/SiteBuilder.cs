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

        var content = clock.Time("scan", () => ContentLoader.Load(options.ContentDir, diagnostics));
        var site = clock.Time("load", () => SiteModelBuilder.Build(content, diagnostics));
        var templates = clock.Time("templates", () => TemplateSet.Load(options.TemplatesDir, diagnostics));
        if (diagnostics.HasErrors || site is null || templates is null)
        {
            return Failed(diagnostics, clock);
        }

        // Pages go to the staging folder as they are rendered ("render" includes writing them), through the
        // link check, which fails the build before anything is published; "publish" is the swap.
        using var staging = SiteWriter.Begin(options.OutputDir, diagnostics);
        if (staging is null)
        {
            return Failed(diagnostics, clock);
        }

        var pdfJobs = options.Pdf is null ? [] : DisclosurePdfs.Jobs(site);
        var links = LinkCheckerFor(site, pdfJobs);
        var pages = clock.Time("render", () => SiteRenderer.Render(site, templates, new CheckedSink(staging, links), diagnostics, withPdfs: options.Pdf is not null));
        clock.Time("links", () => LinkReport.Report(links, site, options.TemplatesDir, diagnostics));
        if (!diagnostics.HasErrors && options.Pdf is { } pdf)
        {
            clock.Time("pdf", () => PrintPdfs(staging, pdfJobs, pdf, diagnostics));
        }

        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock); // disposing the staging folder removes it: output/ stays as it was
        }

        if (!clock.Time("publish", () => staging.Publish(diagnostics)))
        {
            return Failed(diagnostics, clock);
        }

        return new BuildResult(true, diagnostics.Sorted(), pages, clock.Stages) { PdfsWritten = pdfJobs.Count };
    }

    /// <summary>The link check of this build; PDFs are printed after it, so their paths are known to it in advance.</summary>
    private static LinkChecker LinkCheckerFor(Site site, IReadOnlyList<PdfJob> pdfJobs)
    {
        var links = new LinkChecker(new Uri(site.Settings.BaseUrl).AbsolutePath);
        foreach (var job in pdfJobs)
        {
            links.Add(job.PdfPath, []); // a PDF that then fails to print fails the build
        }

        return links;
    }

    /// <summary>--pdf: prints the staged disclosure pages once their links are known good, before publishing.</summary>
    private static int PrintPdfs(SiteStaging staging, IReadOnlyList<PdfJob> jobs, IPdfPrinter printer, DiagnosticBag diagnostics)
    {
        var printed = printer.Print(staging.Folder, jobs, diagnostics);
        foreach (var file in printed)
        {
            staging.Write(file);
        }

        return printed.Count;
    }

    /// <summary>Reads and validates the content only; writes nothing.</summary>
    public static BuildResult Check(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock();
        var content = clock.Time("scan", () => ContentLoader.Load(options.ContentDir, diagnostics));
        var site = clock.Time("load", () => SiteModelBuilder.Build(content, diagnostics));
        return site is null || diagnostics.HasErrors
            ? Failed(diagnostics, clock)
            : new BuildResult(true, diagnostics.Sorted(), 0, clock.Stages);
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
