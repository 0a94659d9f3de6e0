using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Security.Cryptography;

namespace SiteGen.Pipeline.Cache;

/// <summary>
/// Every file below a folder with the SHA-256 of its bytes, in ordinal order of path. A file whose stamp is the one
/// a previous scan recorded keeps that scan's hash without being read again (that is what makes a no-change build of
/// ten thousand disclosures quick); any other file is read and hashed. Dot-folders (<c>.schema</c>, <c>.git</c>) are
/// never content and are skipped, as the content loader skips them; linked folders are not followed.
/// </summary>
public static class InputScan
{
    public static IReadOnlyList<InputFile> Of(string? folder, IReadOnlyDictionary<string, InputFile> previous)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var root = Path.GetFullPath(folder);
        var entries = new FileSystemEnumerable<(string Path, long Size, long Ticks)>(root,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.') && (e.Attributes & FileAttributes.ReparsePoint) == 0,
        }.ToList();

        var files = new ConcurrentBag<InputFile>();
        Parallel.ForEach(entries, entry =>
        {
            var relative = Path.GetRelativePath(root, entry.Path).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(previous.TryGetValue(relative, out var known) && known.SameStamp(entry.Size, entry.Ticks)
                ? known
                : Hash(entry.Path, relative, entry.Size, entry.Ticks));
        });
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static InputFile Hash(string fullPath, string relative, long size, long ticks)
    {
        try
        {
            using var stream = File.OpenRead(fullPath);
            return new InputFile(relative, size, ticks, SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputFile.Unreadable(relative); // the build reports it; the cache only makes sure nothing it feeds is kept
        }
    }
}
