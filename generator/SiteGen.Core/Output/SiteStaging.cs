using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>
/// The staging folder of one build: pages are written into it as they are rendered (from several threads),
/// then it is swapped in whole, or abandoned and the output folder left exactly as it was.
/// </summary>
public sealed class SiteStaging : ISiteSink, IDisposable
{
    private readonly string _outputDir;
    private readonly string _output;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<SiteManifest.Entry> _manifest = [];
    private readonly BuildLock _lock;
    private bool _published;
    private Exception? _failure;

    internal SiteStaging(string outputDir, string output, string staging, BuildLock buildLock)
    {
        _lock = buildLock;
        _outputDir = outputDir;
        _output = output;
        _staging = staging;
    }

    /// <summary>The staging folder itself, where the rendered pages can be read back (PDFs are printed from it).</summary>
    public string Folder => _staging;

    public void Write(OutputFile file)
    {
        if (Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        try
        {
            var path = Path.Join(_staging, file.Path);
            var folder = Path.GetDirectoryName(path)!;
            // GetOrAdd returns only once the folder exists: another thread may be writing into it already.
            _folders.GetOrAdd(folder, f => Directory.CreateDirectory(f).Exists);

            File.WriteAllBytes(path, file.Content);
            _manifest.Add(SiteManifest.EntryFor(file.Path, file.Content));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reported once by Publish; the remaining pages are not worth writing.
            Interlocked.CompareExchange(ref _failure, ex, null);
        }
    }

    /// <summary>
    /// Puts a file of the published site into the new one as it is (a hard link where it can), with the manifest
    /// entry the last build wrote for it: the bytes are neither copied nor hashed again.
    /// </summary>
    public void Link(string path, string publishedFile, SiteManifest.Entry entry)
    {
        if (Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        try
        {
            var target = Path.Join(_staging, path);
            _folders.GetOrAdd(Path.GetDirectoryName(target)!, f => Directory.CreateDirectory(f).Exists);
            HardLink.CreateOrCopy(publishedFile, target);
            _manifest.Add(entry);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex, null);
        }
    }

    /// <summary>True when the site was published; false (reported) when the output folder was not changed.</summary>
    public bool Publish(DiagnosticBag diagnostics)
    {
        try
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            var marker = System.Text.Encoding.UTF8.GetBytes(SiteWriter.MarkerText);
            File.WriteAllBytes(Path.Join(_staging, SiteWriter.MarkerFile), marker);
            _manifest.Add(SiteManifest.EntryFor(SiteWriter.MarkerFile, marker));
            File.WriteAllBytes(Path.Join(_staging, SiteManifest.FileName), SiteManifest.Write(_manifest));
            FolderSwap.Replace(_output, _staging);
            _published = true;
            SiteWriter.RemoveIfPresent(_staging); // now the previous site
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            SiteWriter.Failed(_outputDir, ex, diagnostics);
            Abandon();
            return false;
        }
    }

    /// <summary>Removes the staging folder; the output folder is untouched.</summary>
    public void Abandon() => SiteWriter.TryRemove(_staging);

    /// <summary>Abandons an unpublished build and releases the output folder's build lock.</summary>
    public void Dispose()
    {
        if (!_published)
        {
            Abandon();
        }

        _lock.Dispose();
    }
}
