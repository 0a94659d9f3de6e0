using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Serves a built site from a sub-path on a loopback port, as a county portal would (<c>/xxgk/jxmb/</c>),
/// answering missing addresses with the site's 404.html and status 404.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The site's address, ending with "/".</summary>
    public Uri Root { get; }

    public static async Task<SiteServer> Start(string siteDir, string subPath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(siteDir));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = subPath.TrimEnd('/') });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await app.StartAsync();
        var address = app.Urls.First();
        return new SiteServer(app, new Uri(new Uri(address), subPath));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
