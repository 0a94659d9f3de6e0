using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>
/// Puts a fully written folder in place of another. On Linux the two folders are exchanged in one
/// atomic <c>renameat2(RENAME_EXCHANGE)</c>, so a reader never sees a missing or half-written site;
/// elsewhere (or on file systems without it) two renames leave the old site aside for a moment.
/// Afterwards the old site is in <c>staging</c>, for the caller to delete.
/// </summary>
public static partial class FolderSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    public static void Replace(string target, string staging)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchange(staging, target))
        {
            return;
        }

        var aside = staging + ".old";
        if (Directory.Exists(aside))
        {
            Directory.Delete(aside, recursive: true);
        }

        Directory.Move(target, aside);
        Directory.Move(staging, target);
        Directory.Move(aside, staging);
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
