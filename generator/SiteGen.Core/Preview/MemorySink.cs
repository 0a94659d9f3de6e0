using System.Collections.Concurrent;
using SiteGen.Rendering;

namespace SiteGen.Preview;

/// <summary>Keeps the rendered files in memory (from several threads at once), for the preview instead of a folder.</summary>
public sealed class MemorySink : ISiteSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(OutputFile file) => _files[file.Path] = file.Content;
}
