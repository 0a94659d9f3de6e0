namespace SiteGen.Pipeline.Cache;

/// <summary>
/// One file a build reads, as the build cache knows it: where it is (relative to its folder, with <c>/</c>), its stamp
/// (size and last write time, which only spare reading an unchanged file again) and the SHA-256 of its bytes (what
/// every key is made of).
/// </summary>
public sealed record InputFile(string Path, long Size, long WriteTicks, byte[] Sha256)
{
    /// <summary>A file that could not be read: its hash matches nothing, so whatever it feeds is built again.</summary>
    public static InputFile Unreadable(string path) => new(path, -1, -1, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public bool SameStamp(long size, long writeTicks) => Size == size && WriteTicks == writeTicks;
}
