using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Templates;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>Where rendered files go as soon as each is made; called from several threads at once.</summary>
public interface ISiteSink
{
    void Write(OutputFile file);
}

/// <summary>Renders pages in parallel, straight into a sink.</summary>
public static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The number of pages written (pages that fail to render are reported, not written).</summary>
    /// <param name="pages">Pages of <paramref name="site"/>, as <see cref="SitePlan.For"/> plans them: all of them or some.</param>
    public static int Render(IReadOnlyList<PagePlan> pages, Site site, TemplateSet templates, ISiteSink sink, DiagnosticBag diagnostics)
    {
        if (pages.Count == 0)
        {
            return 0;
        }

        var siteView = SiteView.From(site.Settings);
        var written = 0;
        // Each page is written as soon as it is rendered, so memory holds only the pages in flight, never
        // the whole site (10,000 disclosures are about 500 MB of HTML, twice that as .NET strings).
        Parallel.For(0, pages.Count, () => (HtmlTemplateContext?)null, (i, _, context) =>
        {
            var html = PageRenderer.Render(pages[i], siteView, templates, ref context, diagnostics);
            if (html is not null)
            {
                sink.Write(new OutputFile(pages[i].Path, Utf8.GetBytes(html)) { Text = html });
                Interlocked.Increment(ref written);
            }

            return context;
        }, _ => { });
        return written;
    }
}
