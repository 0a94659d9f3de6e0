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

        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var files = new ConcurrentBag<InputFile>();
        // One task per top-level folder (a year): listing a big corpus is a stat per file, worth both cores.
        var top = new DirectoryInfo(root).EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')).ToList();
        Parallel.ForEach(top, entry =>
        {
            if (entry is DirectoryInfo && (entry.Attributes & FileAttributes.ReparsePoint) == 0)
            {
                foreach (var (relative, size, ticks) in Listing(root, entry.FullName))
                {
                    files.Add(Known(relative, size, ticks, previous) ?? Hash(Path.Join(root, relative), relative, size, ticks));
                }
            }
            else if (entry is FileInfo file)
            {
                var (size, ticks) = (file.Length, file.LastWriteTimeUtc.Ticks);
                files.Add(Known(file.Name, size, ticks, previous) ?? Hash(file.FullName, file.Name, size, ticks));
            }
        });
        var sorted = files.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return sorted;
    }

    private static InputFile? Known(string relative, long size, long ticks, IReadOnlyDictionary<string, InputFile> previous) =>
        previous.TryGetValue(relative, out var known) && known.SameStamp(size, ticks) ? known : null;

    /// <summary>Every file below <paramref name="folder"/>: its path relative to <paramref name="root"/> (with <c>/</c>), size and write time.</summary>
    private static List<(string Path, long Size, long Ticks)> Listing(string root, string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        return [.. new FileSystemEnumerable<(string, long, long)>(folder, (ref FileSystemEntry e) => (Relative(root, e.Directory, e.FileName), e.Length, e.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.') && (e.Attributes & FileAttributes.ReparsePoint) == 0,
        }];
    }

    /// <summary>The path below the root with <c>/</c> between folders, made once (no full path, no second replace).</summary>
    public static string Relative(string root, ReadOnlySpan<char> directory, ReadOnlySpan<char> name)
    {
        var below = directory.Length > root.Length ? directory[(root.Length + 1)..] : [];
        var path = below.Length == 0 ? name.ToString() : string.Concat(below, "/", name);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
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
