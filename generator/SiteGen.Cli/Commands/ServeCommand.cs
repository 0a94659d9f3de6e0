using System.Diagnostics;
using System.Globalization;
using System.Net;
using SiteGen.Cli.Serve;
using SiteGen.Cli.Serve.Editor;
using SiteGen.Preview;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen serve</c>: builds the site into memory, serves it on 127.0.0.1, and rebuilds what an edit changed as
/// soon as a file under content/ or templates/ is saved, reloading the open pages. Never touches output/.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 8080;

    /// <summary>How long the files must stay quiet after a change before the rebuild starts (one save, several writes).</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);

    public static int Run(CommandLine command)
    {
        var options = command.BuildOptions();
        int? port = null;
        if (command.Value("--port") is { } portText)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p > 65535)
            {
                return Usage.Fail($"--port 需要 0 到 65535 之间的端口号（0：任选一个空闲端口），而不是 “{portText}”");
            }

            port = p;
        }

        var hostText = command.Value("--host") ?? "127.0.0.1";
        var host = hostText == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(hostText, out var address) ? address : null;
        if (host is null)
        {
            return Usage.Fail($"--host 需要一个 IP 地址（如 127.0.0.1、0.0.0.0）或 localhost，而不是 “{hostText}”");
        }

        var edit = command.Has("--edit");
        if (edit && !IPAddress.IsLoopback(host))
        {
            return Usage.Fail($"--edit 只能在本机地址上运行（127.0.0.1、::1 或 localhost），不能用 --host {hostText}：编辑器会写入内容文件");
        }

        return Serve(options, host, port, command.Has("--open"), edit).GetAwaiter().GetResult();
    }

    /// <summary>The folders whose edits rebuild: the content, and the site's own templates when it has them.</summary>
    public static string[] Watched(BuildOptions options) =>
        options.TemplatesDir is { } templates ? [options.ContentDir, templates] : [options.ContentDir];

    private static async Task<int> Serve(BuildOptions options, IPAddress host, int? port, bool open, bool edit)
    {
        var editor = edit ? new EditorEndpoints(new SiteGen.Editor.ContentFolder(options.ContentDir)) : null;
        var builder = new IncrementalBuilder(options.ContentDir, options.TemplatesDir);
        var live = new LiveReload();
        using var watcher = new ContentWatcher(Watched(options), Debounce);
        var session = new PreviewSession(builder, watcher, live);
        session.Start();

        var server = await Listen(host, port, builder, live, editor, () => ReviewPage.For(options)).ConfigureAwait(false);
        if (server is null)
        {
            return Usage.Fail($"端口 {port} 已被占用：换一个端口（--port），或用 --port 0 任选一个空闲端口");
        }

        await using (server.ConfigureAwait(false))
        {
            var url = new Uri(server.Address, builder.Current.BasePath.TrimStart('/'));
            if (!IPAddress.IsLoopback(host))
            {
                Console.Error.WriteLine($"sitegen serve: warning: listening on {host}, not only on this computer: anyone who can reach it sees the preview");
            }

            Console.WriteLine($"sitegen serve: {url} (watching {string.Join(" and ", Watched(options))}; Ctrl+C to stop)");
            if (editor is not null)
            {
                Console.WriteLine($"sitegen serve: editor at {new Uri(server.Address, EditorEndpoints.Prefix.TrimStart('/'))} (this computer only)");
            }
            if (open)
            {
                OpenBrowser(url);
            }

            await session.Run(server.Stopping).ConfigureAwait(false);
        }

        Console.WriteLine("sitegen serve: stopped");
        return ExitCodes.Ok;
    }

    /// <summary>The server on the port asked for; without one, on 8080 if it is free, else on any free port. Null: the port asked for is taken.</summary>
    private static async Task<PreviewServer?> Listen(IPAddress host, int? port, IncrementalBuilder builder, LiveReload live, EditorEndpoints? editor, Func<byte[]> review)
    {
        foreach (var candidate in port is { } p ? [p] : new[] { DefaultPort, 0 })
        {
            try
            {
                return await PreviewServer.Start(host, candidate, () => builder.Current, live, editor, review).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // Taken: try the next candidate.
            }
        }

        return null;
    }

    private static void OpenBrowser(Uri url)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("xdg-open", url.AbsoluteUri) { UseShellExecute = false });
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine($"sitegen serve: could not open a browser ({ex.Message}); open {url} yourself");
        }
    }
}
