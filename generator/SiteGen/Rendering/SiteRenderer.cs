using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Data;
using SiteGen.Rendering.Feeds;
using SiteGen.Rendering.Templates;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>Renders every page of the site in parallel and adds the template assets; output is sorted by path.</summary>
public static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="withPdfs">Whether disclosure pages link to their PDFs, which the caller prints from the rendered pages.</param>
    public static IReadOnlyList<OutputFile> Render(Site site, TemplateSet templates, DiagnosticBag diagnostics, bool withPdfs = false)
    {
        var siteView = SiteView.From(site.Settings);
        var plans = SiteMap.Plan(site, withPdfs);
        var pages = new OutputFile?[plans.Count];
        Parallel.For(0, plans.Count, i =>
        {
            var html = PageRenderer.Render(plans[i], siteView, templates, diagnostics);
            pages[i] = html is null ? null : new OutputFile(plans[i].Path, Utf8.GetBytes(html));
        });

        var assets = templates.Assets.Select(a => new OutputFile(a.SitePath, File.ReadAllBytes(a.FullPath)))
            .Concat(OpenDataFiles.For(site))
            .Concat(Search.SearchFiles.For(site))
            .Concat(FeedFiles.For(site, plans));
        return [.. pages.OfType<OutputFile>().Concat(assets).OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
