using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Output.Pdf;
using SiteGen.Pipeline;
using SiteGen.Pipeline.Cache;
using SiteGen.Rendering;

namespace SiteGen;

/// <summary>
/// The whole build, in order: read the content, bind and check it, plan every file of the site, make them, check the
/// links, publish. <c>sitegen build</c> runs it once into the output folder; <c>sitegen serve</c> runs it after every
/// edit into memory, with what the runs before it left, so what the preview shows is what a build publishes.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// One build into the output folder. With a build cache (<see cref="BuildOptions.CacheDir"/>) nothing is done when
    /// nothing changed since the last good build, and only what changed is made again; the site is the same bytes.
    /// </summary>
    public static BuildResult Build(BuildOptions options)
    {
        var cache = BuildCache.Open(options);
        if (cache?.UpToDate() is { } unchanged)
        {
            return unchanged;
        }

        using var output = new FolderTarget(options.OutputDir);
        var result = Build(options, cache?.State ?? BuildState.None, output);
        return cache?.Saved(result) ?? result; // recorded while the output folder is still this build's
    }

    /// <param name="state">What earlier runs left (bound disclosures, parsed templates, the last good site): only what changed since is done again.</param>
    /// <param name="target">Where the files go and how they become the site: the output folder, or memory for the preview.</param>
    public static BuildResult Build(BuildOptions options, BuildState state, ISiteTarget target)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(options.Progress);
        var withPdfs = options.Pdf is not null;

        var content = clock.Time("scan", () => ContentLoader.Load(options.ContentDir, diagnostics));
        var site = clock.Time("load", () => SiteModelBuilder.Build(content, diagnostics, (files, bag) => state.Disclosures.Load(files, bag, options.Progress), options.IncludeDrafts));
        var templates = clock.Time("templates", () => state.Templates.Load(options.TemplatesDir, diagnostics));
        if (diagnostics.HasErrors || site is null || templates is null || !target.Begin(site, diagnostics))
        {
            return Failed(diagnostics, clock);
        }

        // Every file of the site with its maker, and those the last good build made from the same inputs, kept as they are.
        var (plan, kept) = clock.Time("plan", () => (SitePlan.For(site, templates, withPdfs), state.Files.Unchanged(site, templates, withPdfs)));
        var pdfJobs = withPdfs ? DisclosurePdfs.Jobs(site) : [];
        var links = LinkCheckerFor(site, pdfJobs);
        var files = new FileMaker(target, links, kept, options.Progress); // every file passes the link check, which fails the build before it is published
        var pages = clock.Time("pages", () => files.Render(plan.Pages, site, templates, diagnostics));
        clock.Time("assets", () => files.Make(plan.Assets));
        clock.Time("data", () => files.Make(plan.OpenData));
        clock.Time("search", () => files.Make(plan.Search));
        clock.Time("feeds", () => files.Make(plan.Feeds));
        clock.Time("links", () => LinkReport.Report(links, site, templates, diagnostics));
        var pdfsReused = 0;
        if (!diagnostics.HasErrors && options.Pdf is { } printer)
        {
            pdfsReused = clock.Time("pdf", () => PrintPdfs(target, pdfJobs, printer, options.CacheDir, diagnostics, options.Progress));
        }

        if (diagnostics.HasErrors || !clock.Time("publish", () => target.Publish(diagnostics)))
        {
            return Failed(diagnostics, clock); // the target keeps its site as it was: output/ untouched, the preview's last good site
        }

        state.Files.Published(site, templates, withPdfs, target.Files);
        return new BuildResult(true, diagnostics.Sorted(), pages, clock.Stages) { PdfsWritten = pdfJobs.Count, PdfsReused = pdfsReused, Costs = clock.Costs };
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

    /// <summary>
    /// --pdf: prints the staged disclosure pages once their links are known good, before publishing; with a build cache,
    /// only those whose page or what it loads changed (<see cref="CachedPdfPrinter"/>). Returns how many were reused.
    /// </summary>
    private static int PrintPdfs(ISiteTarget target, IReadOnlyList<PdfJob> jobs, IPdfPrinter printer, string? cacheDir, DiagnosticBag diagnostics, BuildProgress? progress)
    {
        var folder = target.Folder ?? throw new InvalidOperationException("PDFs are printed from pages in a folder; a site in memory has none.");
        progress?.Expect(jobs.Count);
        var cached = cacheDir is null ? null : new CachedPdfPrinter(printer, Path.Join(cacheDir, "pdf"));
        var printed = (cached ?? printer).Print(folder, jobs, diagnostics, progress);
        foreach (var file in printed)
        {
            target.Write(file);
        }

        return cached?.Reused ?? 0;
    }

    /// <summary>Reads and validates the content only; writes nothing.</summary>
    public static BuildResult Check(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock();
        var content = clock.Time("scan", () => ContentLoader.Load(options.ContentDir, diagnostics));
        var site = clock.Time("load", () => SiteModelBuilder.Build(content, diagnostics, includeDrafts: options.IncludeDrafts));
        return site is null || diagnostics.HasErrors
            ? Failed(diagnostics, clock)
            : new BuildResult(true, diagnostics.Sorted(), 0, clock.Stages);
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, StageClock clock) =>
        diagnostics.HasErrors
            ? new(false, diagnostics.Sorted(), 0, clock.Stages) { Costs = clock.Costs }
            : throw new InvalidOperationException("The build stopped without reporting why: every stage that gives up must report an error.");
}
