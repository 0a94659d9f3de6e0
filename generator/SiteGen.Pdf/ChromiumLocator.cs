namespace SiteGen.Pdf;

/// <summary>
/// Finds the Chromium that prints PDFs: the <c>--chromium</c> option, else the <c>SITEGEN_CHROMIUM</c> environment
/// variable, else the usual Debian and Google paths. A path the user named is never replaced by another.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "SITEGEN_CHROMIUM";

    public static readonly IReadOnlyList<string> WellKnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser's path, or null and a message that says where it looked and what to do.</summary>
    public static (string? Path, string Problem) Locate(string? option, string? environment, Func<string, bool>? exists = null)
    {
        exists ??= File.Exists;
        if (!string.IsNullOrWhiteSpace(option))
        {
            return exists(option) ? (option, "") : (null, $"--chromium 指定的浏览器 {option} 不存在");
        }

        if (!string.IsNullOrWhiteSpace(environment))
        {
            return exists(environment) ? (environment, "") : (null, $"环境变量 {EnvironmentVariable} 指定的浏览器 {environment} 不存在");
        }

        return WellKnownPaths.FirstOrDefault(exists) is { } found
            ? (found, "")
            : (null, $"没有找到 Chromium（查找了 {string.Join("、", WellKnownPaths)}）；请安装（Debian：apt-get install chromium fonts-noto-cjk），或用 --chromium 或环境变量 {EnvironmentVariable} 指定浏览器的路径");
    }
}
