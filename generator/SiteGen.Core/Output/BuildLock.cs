namespace SiteGen.Output;

/// <summary>
/// One build at a time per output folder. The lock is an exclusive lock on a file beside the output folder
/// (.NET takes it with flock on Linux), so the kernel releases it when the build ends in any way, a kill
/// included: a lock left by a killed build never blocks the next. The file itself may stay; it is harmless.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another build holds it.</summary>
    /// <exception cref="UnauthorizedAccessException">The folder beside the output cannot be written (reported by the caller).</exception>
    public static BuildLock? TryAcquire(string fullOutputPath)
    {
        var path = PathFor(fullOutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a missing parent must not look like a busy lock
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static string PathFor(string fullOutputPath) => SiteWriter.Sibling(fullOutputPath, ".lock");

    public void Dispose() => _stream.Dispose();
}
