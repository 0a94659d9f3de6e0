using System.Threading.Channels;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Watches folders (recursively) and says when they have changed and then stayed quiet for a moment, so one
/// save, which editors often make as several writes or a write and a rename, gives one rebuild. Hidden files and
/// editors' temporary files are ignored; a lost event (the watcher's buffer overflowed) counts as a change.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>();
    private readonly TimeSpan _quiet;

    public ContentWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        _quiet = quiet;
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(folder, e.FullPath);
            watcher.Created += (_, e) => Note(folder, e.FullPath);
            watcher.Deleted += (_, e) => Note(folder, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Note(folder, e.OldFullPath);
                Note(folder, e.FullPath);
            };
            watcher.Error += (_, _) => _changes.Writer.TryWrite(true);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then until no other change has come for the quiet time.</summary>
    public async Task WaitForChange(CancellationToken cancel)
    {
        await _changes.Reader.ReadAsync(cancel).ConfigureAwait(false);
        while (true)
        {
            while (_changes.Reader.TryRead(out _))
            {
            }

            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            quiet.CancelAfter(_quiet);
            try
            {
                await _changes.Reader.WaitToReadAsync(quiet.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Whether a path is one a person edits: not hidden, not a backup, swap or lock file of an editor.</summary>
    public static bool Matters(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
        {
            return false;
        }

        var name = Path.GetFileName(path);
        return !(name.EndsWith('~') || name.StartsWith('#') || name == "4913"
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".bak", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Note(string root, string path)
    {
        if (Matters(root, path))
        {
            _changes.Writer.TryWrite(true);
        }
    }
}
