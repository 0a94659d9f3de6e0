using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// Puts one build's planned files into its target, one stage's share at a time, each shown to the link check: a file
/// the last good build made from the same inputs is kept as it is; a page is rendered now; any other file is made
/// now or, when the target defers it (the preview, which shows the pages first), when it is first asked for.
/// </summary>
/// <param name="progress">Counts each file made, against the number the stage has to make.</param>
public sealed class FileMaker(ISiteTarget target, LinkChecker links, KeptFiles kept, BuildProgress? progress = null)
{
    private readonly CheckedSink _checked = new(target, links, progress);

    /// <summary>The number of pages rendered and written.</summary>
    public int Render(IReadOnlyList<PagePlan> pages, Site site, TemplateSet templates, DiagnosticBag diagnostics)
    {
        PagePlan[] toRender = [.. pages.Where(p => !TryKeep(p.Path))];
        progress?.Expect(toRender.Length);
        return SiteRenderer.Render(toRender, site, templates, _checked, diagnostics);
    }

    /// <summary>The number of files made now.</summary>
    public int Make(IReadOnlyList<PlannedFile> files)
    {
        var made = 0;
        var toMake = files.Where(f => !TryKeep(f.Path)).ToList();
        progress?.Expect(toMake.Count);
        Parallel.ForEach(toMake, file =>
        {
            if (target.Defer(file))
            {
                links.AddUnread(file.Path); // not yet made; the link check reads only pages
            }
            else
            {
                _checked.Write(file.Make());
                Interlocked.Increment(ref made);
            }
        });
        return made;
    }

    /// <summary>Keeps the file if the last good build has it unchanged; its links were checked when it was made.</summary>
    private bool TryKeep(string path)
    {
        if (!kept.TryGet(path, out var content))
        {
            return false;
        }

        target.Keep(path, content);
        links.AddUnread(path);
        return true;
    }
}
