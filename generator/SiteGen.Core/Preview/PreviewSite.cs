using System.Collections.Frozen;

namespace SiteGen.Preview;

/// <summary>
/// One complete built site held in memory, never changed once made: <c>sitegen serve</c> answers requests from
/// the latest good one while the next is being built. Paths are as in the output folder (<c>2020/224002/index.html</c>).
/// Files that are not pages may still be in the making (see <see cref="Ready"/>): asking for one waits for it.
/// </summary>
/// <param name="BasePath">The path of the site's base URL (<c>/xxgk/jxmb/</c>), where the preview serves it.</param>
public sealed class PreviewSite(IReadOnlyDictionary<string, Lazy<byte[]>> files, string basePath, Task ready)
{
    public static readonly PreviewSite Empty = new(FrozenDictionary<string, Lazy<byte[]>>.Empty, "/", Task.CompletedTask);

    public IReadOnlyDictionary<string, Lazy<byte[]>> Files { get; } = files;

    public string BasePath { get; } = basePath;

    /// <summary>Done when every file has been made (the data files, feeds and search index follow the pages).</summary>
    public Task Ready { get; } = ready;

    /// <summary>The file's bytes (made now if they were not yet), or null when the site has no such file.</summary>
    public byte[]? File(string path) => Files.TryGetValue(path, out var content) ? content.Value : null;
}
