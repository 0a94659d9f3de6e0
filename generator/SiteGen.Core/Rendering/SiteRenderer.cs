using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Data;
using SiteGen.Rendering.Feeds;
using SiteGen.Rendering.Templates;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>Where rendered files go as soon as each is made; called from several threads at once.</summary>
public interface ISiteSink
{
    void Write(OutputFile file);
}

/// <summary>Renders every page of the site in parallel, plus the template assets, straight into a sink.</summary>
public static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The number of pages written (pages that fail to render are reported, not written).</summary>
    /// <param name="withPdfs">Whether disclosure pages link to their PDFs, which the caller prints from the rendered pages.</param>
    /// <param name="only">When given, only the files whose paths it accepts are made (<c>sitegen serve</c> after an edit).</param>
    public static int Render(Site site, TemplateSet templates, ISiteSink sink, DiagnosticBag diagnostics, bool withPdfs = false, Func<string, bool>? only = null)
    {
        var siteView = SiteView.From(site.Settings);
        var all = SiteMap.Plan(site, withPdfs);
        var plans = only is null ? all : [.. all.Where(p => only(p.Path))];
        var written = 0;
        // Each page is written as soon as it is rendered, so memory holds only the pages in flight, never
        // the whole site (10,000 disclosures are about 500 MB of HTML, twice that as .NET strings).
        Parallel.For(0, plans.Count, () => (HtmlTemplateContext?)null, (i, _, context) =>
        {
            var html = PageRenderer.Render(plans[i], siteView, templates, ref context, diagnostics);
            if (html is not null)
            {
                sink.Write(new OutputFile(plans[i].Path, Utf8.GetBytes(html)));
                Interlocked.Increment(ref written);
            }

            return context;
        }, _ => { });

        // Each made and written as it is taken, on all cores: a province has thousands of data files.
        Parallel.ForEach(OtherFiles(site, templates, all).Where(f => only is null || only(f.Path)), file => sink.Write(file.Make()));

        return written;
    }

    /// <summary>Files that are not pages: the templates' assets, open data, the search index, feeds and sitemap.</summary>
    /// <param name="plans">The site's pages, as <see cref="SiteMap.Plan"/> gives them.</param>
    public static IEnumerable<PlannedFile> OtherFiles(Site site, TemplateSet templates, IReadOnlyList<PagePlan> plans) =>
        templates.Assets.Select(a => new PlannedFile(a.SitePath, () => File.ReadAllBytes(a.FullPath)))
            .Concat(OpenDataFiles.Planned(site))
            .Concat(Search.SearchFiles.Planned(site))
            .Concat(FeedFiles.Planned(site, plans));
}
