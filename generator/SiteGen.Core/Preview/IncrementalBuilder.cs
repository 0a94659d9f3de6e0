using System.Collections.Frozen;
using System.Diagnostics;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Templates;

namespace SiteGen.Preview;

/// <summary>
/// Builds the site into memory again and again, as its content and templates change (<c>sitegen serve</c>).
/// Each rebuild rescans the content folder but parses and binds again only the disclosures whose files changed
/// (by size and write time), then renders only the files those changes reach (<see cref="AffectedFiles"/>);
/// a template or site.yml change renders everything. The result is the same bytes as <see cref="SiteBuilder.Build"/>
/// gives for the same content, without the manifest and the .sitegen marker, which belong to a published folder.
/// Not thread-safe: one rebuild at a time; <see cref="Current"/> may be read from any thread.
/// </summary>
public sealed class IncrementalBuilder(string contentDir, string templatesDir)
{
    private readonly Dictionary<string, CachedDisclosure> _disclosures = new(StringComparer.Ordinal);
    private FileStamp[]? _templateStamps;
    private TemplateSet? _templates;
    private IReadOnlyList<Diagnostic> _templateDiagnostics = [];
    private FileStamp[]? _siteStamp;
    private FileStamp[]? _goodSiteStamp;
    private FileStamp[]? _goodTemplateStamps;
    private Site? _good;
    private PreviewSite _current = PreviewSite.Empty;
    private readonly List<(string, TimeSpan)> _stages = [];

    /// <summary>The last good site (empty until a build succeeds).</summary>
    public PreviewSite Current => Volatile.Read(ref _current);

    /// <summary>Brings the site up to date with the files as they are now.</summary>
    public PreviewBuild Rebuild()
    {
        var watch = Stopwatch.StartNew();
        _stages.Clear();
        var diagnostics = new DiagnosticBag();
        _siteStamp = FileStamp.Of([Path.Join(contentDir, ContentLoader.SiteFileName)]);
        var content = Time("scan", () => ContentLoader.Load(contentDir, diagnostics));
        var settings = SiteModelBuilder.BindSettings(content, diagnostics);
        var site = Time("load", () => SiteModelBuilder.Assemble(settings, LoadDisclosures(content, diagnostics), diagnostics));
        var templates = Time("templates", () => LoadTemplates(diagnostics));
        if (diagnostics.HasErrors || site is null || templates is null)
        {
            return Failed(diagnostics, watch);
        }

        var full = _good is null || !FileStamp.Same(_siteStamp, _goodSiteStamp) || !FileStamp.Same(_templateStamps, _goodTemplateStamps);
        var affected = full ? null : AffectedFiles.Of(_good!, site);
        var (plans, others) = Time("plan", () =>
        {
            var pages = SiteMap.Plan(site);
            return (pages, SiteRenderer.OtherFiles(site, templates, pages).ToList());
        });

        // Pages are rendered aside, checked, and only then served: a failing rebuild leaves the last good site in
        // place. Other files (open data, feeds, the search index: about a second at 1,000 disclosures) are made after
        // the pages are served, so the reload does not wait for them; a request for one waits until it is made.
        var sink = new MemorySink();
        var links = new LinkChecker(new Uri(site.Settings.BaseUrl).AbsolutePath);
        Time("render", () => SiteRenderer.Render(site, templates, new CheckedSink(sink, links), diagnostics,
            only: path => path.EndsWith(".html", StringComparison.Ordinal) && (affected is null || affected.Contains(path))));
        Time("links", () =>
        {
            foreach (var path in plans.Select(p => p.Path).Concat(others.Select(f => f.Path)).Where(p => !sink.Files.ContainsKey(p)))
            {
                links.AddUnread(path);
            }

            return LinkReport.Report(links, site, templatesDir, diagnostics);
        });
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, watch);
        }

        var commit = Stopwatch.StartNew();
        var previous = Current;
        var deferred = others.Where(f => affected is null || affected.Contains(f.Path)).ToList();
        var files = new Dictionary<string, Lazy<byte[]>>(plans.Count + others.Count, StringComparer.Ordinal);
        foreach (var path in plans.Select(p => p.Path).Concat(others.Select(f => f.Path)))
        {
            if (sink.Files.TryGetValue(path, out var page))
            {
                files[path] = new Lazy<byte[]>(page);
            }
            else if (previous.Files.TryGetValue(path, out var kept))
            {
                files[path] = kept;
            }
        }

        foreach (var file in deferred)
        {
            files[file.Path] = new Lazy<byte[]>(file.Content, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        var removed = previous.Files.Keys.Where(p => !files.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        var changed = removed.Count > 0 || deferred.Count > 0
            || sink.Files.Any(f => !previous.Files.TryGetValue(f.Key, out var before) || !before.Value.AsSpan().SequenceEqual(f.Value));
        var made = deferred.Select(f => files[f.Path]).ToList();
        var ready = made.Count == 0 ? Task.CompletedTask : Task.Run(() => made.ForEach(lazy => _ = lazy.Value));
        var next = new PreviewSite(files.ToFrozenDictionary(StringComparer.Ordinal), new Uri(site.Settings.BaseUrl).AbsolutePath, ready);
        Volatile.Write(ref _current, next);
        _stages.Add(("commit", commit.Elapsed));
        (_good, _goodSiteStamp, _goodTemplateStamps) = (site, _siteStamp, _templateStamps);
        var rendered = sink.Files.Keys.Concat(deferred.Select(f => f.Path)).Order(StringComparer.Ordinal).ToList();
        return new PreviewBuild(true, diagnostics.Sorted(), rendered, removed, full, changed, watch.Elapsed, next) { Stages = [.. _stages] };
    }

    /// <summary>Every disclosure in content order, rebuilt only where its files changed; their diagnostics are kept with them.</summary>
    private List<Disclosure?> LoadDisclosures(ContentSet content, DiagnosticBag diagnostics)
    {
        var entries = content.Disclosures
            .Select(files => (Files: files, Stamps: FileStamp.Of([files.Disclosure, .. files.Projects])))
            .ToList();
        var stale = entries
            .Where(e => !_disclosures.TryGetValue(e.Files.Disclosure, out var cached) || !FileStamp.Same(cached.Stamps, e.Stamps))
            .ToList();
        var rebuilt = new CachedDisclosure[stale.Count];
        Parallel.For(0, stale.Count, i =>
        {
            var own = new DiagnosticBag();
            var disclosure = SiteModelBuilder.BuildDisclosure(stale[i].Files, own);
            rebuilt[i] = new CachedDisclosure(stale[i].Stamps, disclosure, own.Sorted());
        });
        for (var i = 0; i < stale.Count; i++)
        {
            _disclosures[stale[i].Files.Disclosure] = rebuilt[i];
        }

        var present = entries.Select(e => e.Files.Disclosure).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _disclosures.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _disclosures.Remove(gone);
        }

        var loaded = new List<Disclosure?>(entries.Count);
        foreach (var (files, _) in entries)
        {
            var cached = _disclosures[files.Disclosure];
            foreach (var diagnostic in cached.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            loaded.Add(cached.Disclosure);
        }

        return loaded;
    }

    /// <summary>The templates, parsed again only when a file under the templates folder changed.</summary>
    private TemplateSet? LoadTemplates(DiagnosticBag diagnostics)
    {
        var stamps = Directory.Exists(templatesDir)
            ? FileStamp.Of(Directory.EnumerateFiles(templatesDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            : [];
        if (!FileStamp.Same(stamps, _templateStamps))
        {
            var own = new DiagnosticBag();
            _templates = TemplateSet.Load(templatesDir, own);
            _templateDiagnostics = own.Sorted();
            _templateStamps = stamps;
        }

        foreach (var diagnostic in _templateDiagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return _templates;
    }

    private PreviewBuild Failed(DiagnosticBag diagnostics, Stopwatch watch) =>
        new(false, diagnostics.Sorted(), [], [], false, false, watch.Elapsed, Current) { Stages = [.. _stages] };

    private T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, watch.Elapsed));
        return result;
    }

    private sealed record CachedDisclosure(FileStamp[] Stamps, Disclosure? Disclosure, IReadOnlyList<Diagnostic> Diagnostics);
}
