using System.Collections.Concurrent;
using System.Collections.Frozen;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Preview;

/// <summary>
/// A preview build's target: the next <see cref="PreviewSite"/>, made beside the one being served. Pages are held as
/// they are rendered; files that are not pages are deferred, and made after publishing (a request for one waits for
/// it); files the build keeps are shared with the previous site. Publishing only makes the new site; the caller swaps it in.
/// </summary>
/// <param name="previous">The site being served, to tell what this build changed in it.</param>
public sealed class MemoryTarget(PreviewSite previous) : ISiteTarget
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<OutputFile> _written = new();
    private readonly ConcurrentQueue<(string Path, Lazy<byte[]> Content)> _deferred = new();
    private string _basePath = "/";
    private int _kept;

    /// <summary>The new site, once published.</summary>
    public PreviewSite? Site { get; private set; }

    /// <summary>The files this build made (pages) or will make (deferred), sorted.</summary>
    public IReadOnlyList<string> Made { get; private set; } = [];

    /// <summary>Files of the previous site that the new one no longer has, sorted.</summary>
    public IReadOnlyList<string> Removed { get; private set; } = [];

    /// <summary>Whether any file of the new site differs from the previous site's, or is gone.</summary>
    public bool Changed { get; private set; }

    /// <summary>Whether every file was made, none kept from the previous site.</summary>
    public bool Full => Volatile.Read(ref _kept) == 0;

    public string? Folder => null;

    public IReadOnlyDictionary<string, Lazy<byte[]>>? Files => Site?.Files;

    public bool Begin(Site site, DiagnosticBag diagnostics)
    {
        _basePath = new Uri(site.Settings.BaseUrl).AbsolutePath;
        return true;
    }

    public void Write(OutputFile file)
    {
        _files[file.Path] = new Lazy<byte[]>(file.Content);
        _written.Enqueue(file);
    }

    public void Keep(string path, Lazy<byte[]> content)
    {
        _files[path] = content;
        Interlocked.Increment(ref _kept);
    }

    public bool Defer(PlannedFile file)
    {
        var content = new Lazy<byte[]>(file.Content, LazyThreadSafetyMode.ExecutionAndPublication);
        _files[file.Path] = content;
        _deferred.Enqueue((file.Path, content));
        return true;
    }

    public bool Publish(DiagnosticBag diagnostics)
    {
        var files = _files.ToFrozenDictionary(StringComparer.Ordinal);
        Removed = [.. previous.Files.Keys.Where(p => !files.ContainsKey(p)).Order(StringComparer.Ordinal)];
        Changed = Removed.Count > 0 || !_deferred.IsEmpty
            || _written.Any(f => !previous.Files.TryGetValue(f.Path, out var before) || !before.Value.AsSpan().SequenceEqual(f.Content));
        Made = [.. _written.Select(f => f.Path).Concat(_deferred.Select(d => d.Path)).Order(StringComparer.Ordinal)];
        var deferred = _deferred.Select(d => d.Content).ToList();
        var ready = deferred.Count == 0 ? Task.CompletedTask : Task.Run(() => deferred.ForEach(content => _ = content.Value));
        Site = new PreviewSite(files, _basePath, ready);
        return true;
    }
}
