namespace SiteGen.Editor;

/// <summary>What a save did: saved (the file's new hash), or refused because the file changed since the form opened it.</summary>
/// <param name="Current">On a conflict, the file as it is on disk now, to show beside the form's version.</param>
public sealed record SaveResult(bool Saved, string? Hash, EditableFile? Current);

/// <summary>
/// Writes content files for the editor: never over a version it did not open (compared by hash), and atomically, so a
/// crash mid-write leaves the old file or the new one, never half of one.
/// </summary>
public static class FileSaver
{
    // One save at a time in this process: the check of the hash and the rename must not interleave with another save.
    private static readonly Lock Saving = new();

    /// <param name="expectedHash">The hash of the file as the form opened it; null for a file that must not exist yet.</param>
    public static SaveResult Save(string path, byte[] bytes, string? expectedHash)
    {
        lock (Saving)
        {
            var current = File.Exists(path) ? EditableFile.Read(path) : null;
            var currentHash = current?.Hash ?? (File.Exists(path) ? "unreadable" : null);
            if (currentHash != expectedHash)
            {
                return new SaveResult(false, null, current);
            }

            WriteAtomically(path, bytes);
            return new SaveResult(true, EditableFile.HashOf(bytes), null);
        }
    }

    /// <summary>Writes a temporary file beside the target (a dot-file: the loader and the watcher skip it), then renames it over.</summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Join(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
