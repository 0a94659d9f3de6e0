using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>
/// A second name for an existing file (a hard link), so that a rebuild keeps an unchanged file of the published site
/// without copying its bytes; a copy where the file system has no hard links (or the two paths are on different ones).
/// The published folder is replaced whole and never written into, so sharing a file with it is safe.
/// </summary>
internal static partial class HardLink
{
    public static void CreateOrCopy(string existing, string link)
    {
        var linked = OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : link_unix(existing, link) == 0;
        if (!linked)
        {
            File.Copy(existing, link, overwrite: true);
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int link_unix([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    [DllImport("kernel32", EntryPoint = "CreateHardLinkW", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string fileName, string existingFileName, IntPtr securityAttributes);
}
