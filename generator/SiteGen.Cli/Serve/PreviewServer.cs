using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Cli.Serve.Editor;
using SiteGen.Preview;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Serves the preview's current site from memory with Kestrel: under the path of its base URL (as the portal
/// will), <c>index.html</c> for folder addresses, the site's 404.html with status 404, nothing cached. HTML
/// responses get the live-reload script, which exists only here, never in a built file.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    public const string ScriptPath = "/_sitegen/live.js";
    public const string EventsPath = "/_sitegen/events";
    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" defer></script>");
    private static readonly byte[] EditLinkTag = Encoding.UTF8.GetBytes($"<script src=\"{EditorEndpoints.LinkScriptPath}\" defer></script>");
    private static readonly byte[] HeadEnd = Encoding.UTF8.GetBytes("</head>");

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's root address (<c>http://127.0.0.1:8080/</c>).</summary>
    public Uri Address { get; }

    /// <summary>Stopping when Ctrl+C is pressed (or the process is asked to stop).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Starts listening; throws <see cref="IOException"/> when the port is taken.</summary>
    /// <param name="editor">With <c>--edit</c>: the editor, and the Host check it needs on every request; null without.</param>
    /// <param name="review">The review report (<c>sitegen review --format html</c>), made afresh for each request of its fixed path below the site.</param>
    public static async Task<PreviewServer> Start(IPAddress host, int port, Func<PreviewSite> site, LiveReload live, EditorEndpoints? editor = null, Func<byte[]>? review = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(host, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var script = ReadScript();
        app.Run(context =>
        {
            if (editor is not null)
            {
                // A page of the editor carries the session's token: a name that is not this loopback server (a rebound
                // DNS name) gets nothing at all.
                if (!editor.HostAllowed(context))
                {
                    context.Response.StatusCode = 421;
                    return Task.CompletedTask;
                }

                if (context.Request.Path.Value?.StartsWith(EditorEndpoints.Prefix, StringComparison.Ordinal) == true)
                {
                    return editor.Handle(context, site().BasePath);
                }
            }

            if (editor is not null && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = 405;
                return Task.CompletedTask;
            }

            return context.Request.Path.Value switch
            {
                ScriptPath => Send(context, 200, "text/javascript; charset=utf-8", script),
                EventsPath => Events(context, live, app.Lifetime.ApplicationStopping),
                var path when review is not null && path == site().BasePath + SiteGen.Rendering.Review.ReviewHtml.ServePath
                    => Send(context, 200, ContentTypes.For(".html"), review()),
                _ => Page(context, site(), editor is not null),
            };
        });
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = new Uri(app.Urls.First().TrimEnd('/') + "/");
        if (editor is not null)
        {
            editor.Port = address.Port;
        }

        return new PreviewServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static Task Page(HttpContext context, PreviewSite site, bool editing)
    {
        var path = context.Request.Path.Value ?? "/";
        if (site.Files.Count == 0)
        {
            // Nothing has built yet: a page that carries the script, so the errors show and it reloads once fixed.
            return Send(context, 503, ContentTypes.For(".html"), Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>sitegen serve</title></head><body><p>网站还没有生成成功：请修正内容中的错误。</p></body></html>"));
        }

        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            if (path == "/" || path == site.BasePath.TrimEnd('/'))
            {
                context.Response.Redirect(site.BasePath);
                return Task.CompletedTask;
            }

            return NotFound(context, site);
        }

        var relative = path[site.BasePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        if (site.File(relative) is { } content)
        {
            return Send(context, 200, ContentTypes.For(relative), content, editing);
        }

        if (site.File(relative + "/index.html") is not null)
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString);
            return Task.CompletedTask;
        }

        return NotFound(context, site);
    }

    private static Task NotFound(HttpContext context, PreviewSite site) =>
        site.File("404.html") is { } page
            ? Send(context, 404, ContentTypes.For("404.html"), page)
            : Send(context, 404, ContentTypes.For(".txt"), Encoding.UTF8.GetBytes("404 页面不存在\n"));

    private static async Task Send(HttpContext context, int status, string contentType, byte[] content, bool editing = false)
    {
        var html = contentType.StartsWith("text/html", StringComparison.Ordinal);
        var body = html ? WithScript(content, editing) : content;
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The page with the live-reload script before its &lt;/head&gt; (or at its end, when it has none).</summary>
    private static byte[] WithScript(byte[] page, bool editing)
    {
        var at = page.AsSpan().IndexOf(HeadEnd);
        if (at < 0)
        {
            at = page.Length;
        }

        // With --edit, the 编辑 link too: a script of its own (from 'self'), so the built page and its layout stay as they are.
        return editing
            ? [.. page.AsSpan(0, at), .. ScriptTag, .. EditLinkTag, .. page.AsSpan(at)]
            : [.. page.AsSpan(0, at), .. ScriptTag, .. page.AsSpan(at)];
    }

    private static async Task Events(HttpContext context, LiveReload live, CancellationToken stopping)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var channel = live.Subscribe();
        try
        {
            // retry: reconnect quickly when the server comes back; the comment sends the headers at once.
            await context.Response.WriteAsync("retry: 500\n: connected\n\n", cancel.Token).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(cancel.Token).ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(cancel.Token).ConfigureAwait(false))
            {
                await context.Response.WriteAsync(message, cancel.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(cancel.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            live.Unsubscribe(channel);
        }
    }

    private static byte[] ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SiteGen.Cli.Serve.live.js")
            ?? throw new InvalidOperationException("live.js is not embedded in SiteGen.Cli");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
