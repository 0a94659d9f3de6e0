using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SiteGen.Pipeline;

/// <summary>The files of the last good build that this build keeps as they are, because none of their inputs changed.</summary>
/// <param name="files">The last good build's files.</param>
/// <param name="affected">The paths whose inputs changed since (<see cref="AffectedFiles"/>): these are made again.</param>
public sealed class KeptFiles(IReadOnlyDictionary<string, Lazy<byte[]>> files, IReadOnlySet<string> affected)
{
    /// <summary>Nothing to keep: every file is made (the first build, a change of templates or settings, <c>sitegen build</c>).</summary>
    public static readonly KeptFiles None = new(FrozenDictionary<string, Lazy<byte[]>>.Empty, FrozenSet<string>.Empty);

    public bool TryGet(string path, [NotNullWhen(true)] out Lazy<byte[]>? content)
    {
        content = null;
        return !affected.Contains(path) && files.TryGetValue(path, out content);
    }
}
