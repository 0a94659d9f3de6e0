namespace SiteGen.Pipeline;

/// <summary>
/// What tells a changed file from an unchanged one without reading it: its size and last write time (to the
/// 100 ns tick; editors that save by rename give a new file, and so a new stamp, too). A missing file has size -1.
/// </summary>
public readonly record struct FileStamp(string Path, long Size, long WriteTicks)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new(path, info.Length, info.LastWriteTimeUtc.Ticks) : new(path, -1, 0);
    }

    /// <summary>The stamps of several files, comparable as a whole with <see cref="Same"/>.</summary>
    public static FileStamp[] Of(IEnumerable<string> paths) => [.. paths.Select(Of)];

    public static bool Same(FileStamp[]? a, FileStamp[]? b) => a is not null && b is not null && a.AsSpan().SequenceEqual(b);
}
