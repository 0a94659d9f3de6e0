using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SiteGen.Diagnostics;
using SiteGen.Editor;

namespace SiteGen.Cli.Serve.Editor;

/// <summary>
/// <c>sitegen serve --edit</c>: the editor's pages and its JSON API under <c>/_sitegen/edit/</c>. Safe on a shared
/// machine: every request must name this server by its loopback address and port in its Host header (a rebound DNS
/// name cannot read the pages that carry the token); every state-changing request is a POST from this server's own
/// Origin carrying the session's token, which only the editor's pages hold; files are resolved inside content/ only.
/// </summary>
internal sealed class EditorEndpoints(ContentFolder folder)
{
    public const string Prefix = "/_sitegen/edit/";
    public const string LinkScriptPath = "/_sitegen/edit/link.js";
    public const string TokenHeader = "X-SiteGen-Token";

    // Only 'self': the editor's own script and style, fetches to this server, frames of its own preview pages.
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; frame-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

    private readonly string _token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
    private readonly byte[] _script = Resource("editor.js");
    private readonly byte[] _style = Resource("editor.css");
    private readonly byte[] _linkScript = Resource("link.js");

    /// <summary>The address and port the Host header must name (set once the server listens).</summary>
    public int Port { get; set; }

    /// <summary>Whether a request names this server by a loopback name and its port; any other Host is refused before anything is read.</summary>
    public bool HostAllowed(HttpContext context)
    {
        var host = context.Request.Host;
        return host.Port == Port && host.Host is "127.0.0.1" or "localhost" or "[::1]";
    }

    public Task Handle(HttpContext context, string basePath)
    {
        var path = context.Request.Path.Value!;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            return Post(context, path[Prefix.Length..]);
        }

        return path[Prefix.Length..] switch
        {
            "" => Page(context, EditorPages.Home(folder, _token, basePath, context.Request.Query["page"])),
            "file" => Page(context, EditorPages.File(folder, _token, context.Request.Query["path"], basePath)),
            "editor.js" => Send(context, 200, "text/javascript; charset=utf-8", _script),
            "editor.css" => Send(context, 200, "text/css; charset=utf-8", _style),
            "link.js" => Send(context, 200, "text/javascript; charset=utf-8", _linkScript),
            _ => Send(context, 404, "text/plain; charset=utf-8", "404\n"u8.ToArray()),
        };
    }

    private async Task Post(HttpContext context, string action)
    {
        if (!Trusted(context))
        {
            await Send(context, 403, "text/plain; charset=utf-8", "403 拒绝：请求不是来自本机的编辑器页面\n"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            body = null;
        }

        var relative = body?["path"]?.GetValue<string>();
        var full = folder.Resolve(relative);
        if (body is null || full is null)
        {
            await Json(context, 400, new JsonObject { ["error"] = "文件路径无效：只能编辑 content/ 中的内容文件" }).ConfigureAwait(false);
            return;
        }

        var (status, answer) = action switch
        {
            "api/form" => Form(relative!, full),
            "api/check" => Check(relative!, full, body),
            "api/save" => Save(relative!, full, body),
            "api/next-year" => NextYear(relative!),
            "api/new-project" => NewProject(relative!),
            "api/delete" => Delete(relative!, body),
            _ => (404, new JsonObject { ["error"] = "没有这个操作" }),
        };
        await Json(context, status, answer).ConfigureAwait(false);
    }

    /// <summary>A POST from this server's own page: the token, the Origin of this server, JSON (which a plain form cannot send).</summary>
    private bool Trusted(HttpContext context)
    {
        var token = context.Request.Headers[TokenHeader].ToString();
        var origin = context.Request.Headers.Origin.ToString();
        var ownOrigin = $"http://{context.Request.Host}";
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(_token))
            && origin == ownOrigin
            && context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true;
    }

    private (int, JsonObject) Form(string relative, string full)
    {
        if (EditableFile.Read(full) is not { } file)
        {
            return (404, new JsonObject { ["error"] = "文件不存在或不是 UTF-8" });
        }

        var kind = ContentFolder.KindOf(relative)!.Value;
        var format = ContentFolder.FormatOf(kind);
        var root = file.Parse(new DiagnosticBag());
        return (200, new JsonObject
        {
            ["path"] = relative,
            ["kind"] = kind.ToString().ToLowerInvariant(),
            ["hash"] = file.Hash,
            ["editable"] = root is Content.YamlMapping,
            ["text"] = file.Text,
            ["format"] = FormDescription.Of(format),
            ["value"] = FormValues.Of(root, format),
            ["framework"] = FileCheck.FrameworkOf(folder, relative),
            ["frameworks"] = FormDescription.Frameworks(),
        });
    }

    /// <summary>The would-be file: the minimal edit of the file as opened, or null when the file cannot take one.</summary>
    private static string? WouldBe(string relative, string full, JsonObject body, out EditableFile? file)
    {
        file = EditableFile.Read(full);
        if (file is null || body["value"] is not JsonObject value)
        {
            return null;
        }

        var format = ContentFolder.FormatOf(ContentFolder.KindOf(relative)!.Value);
        return MinimalEdit.Apply(file.Text, file.Parse(new DiagnosticBag()), format, value);
    }

    private (int, JsonObject) Check(string relative, string full, JsonObject body)
    {
        if (WouldBe(relative, full, body, out _) is not { } text)
        {
            return (409, new JsonObject { ["error"] = "文件有 YAML 语法错误，表单无法编辑：请先用文本编辑器修正" });
        }

        return (200, Findings(relative, text));
    }

    private JsonObject Findings(string relative, string text)
    {
        var result = FileCheck.Check(folder, relative, text);
        return new JsonObject
        {
            ["text"] = text,
            ["errors"] = result.Diagnostics.Count(d => d.Diagnostic.Severity == Severity.Error),
            ["diagnostics"] = new JsonArray([.. result.Diagnostics.Select(d => new JsonObject
            {
                ["field"] = d.Field,
                ["line"] = d.Diagnostic.Location.Line,
                ["column"] = d.Diagnostic.Location.Column,
                ["severity"] = d.Diagnostic.Severity.ToString().ToLowerInvariant(),
                ["code"] = d.Diagnostic.Code,
                ["message"] = d.Diagnostic.Message,
                ["line_text"] = d.Diagnostic.ToString(),
            })]),
            ["targets"] = new JsonObject(result.Targets.Select(t => KeyValuePair.Create<string, JsonNode?>(t.Key, new JsonObject
            {
                ["kind"] = t.Value.Kind.ToString(),
                ["operator"] = t.Value.OperatorText,
                ["number"] = t.Value.NumberText,
                ["magnitude"] = t.Value.Magnitude,
                ["unit"] = t.Value.Unit,
                ["note"] = t.Value.Note,
            }))),
        };
    }

    private (int, JsonObject) Save(string relative, string full, JsonObject body)
    {
        var hash = body["hash"]?.GetValue<string>();
        if (WouldBe(relative, full, body, out var opened) is not { } text || opened is null)
        {
            return (409, new JsonObject { ["error"] = "文件有 YAML 语法错误，表单无法保存：请先用文本编辑器修正" });
        }

        // The edit is computed on the file as it is now; it is written only if that is the version the form opened.
        var result = FileSaver.Save(full, opened.BytesOf(text), hash);
        if (!result.Saved)
        {
            return (409, new JsonObject
            {
                ["conflict"] = true,
                ["error"] = "文件在打开表单后已被修改（其他编辑器或 git pull），没有覆盖。下面是两个版本，请重新打开后再改。",
                ["theirs"] = result.Current?.Text,
                ["mine"] = text,
            });
        }

        var findings = Findings(relative, text);
        findings["saved"] = true;
        findings["hash"] = result.Hash;
        return (200, findings);
    }

    private (int, JsonObject) NextYear(string relative)
    {
        if (ContentFolder.KindOf(relative) != ContentFileKind.Disclosure)
        {
            return (400, new JsonObject { ["error"] = "请选择一份公开文档（disclosure.yml）" });
        }

        var (created, refused) = YearWorkflow.NextYear(folder, relative);
        return created is null ? (409, new JsonObject { ["error"] = refused }) : (200, new JsonObject { ["created"] = created });
    }

    private (int, JsonObject) NewProject(string relative) =>
        ContentFolder.KindOf(relative) != ContentFileKind.Disclosure
            ? (400, new JsonObject { ["error"] = "请选择一份公开文档（disclosure.yml）" })
            : (200, new JsonObject { ["created"] = YearWorkflow.NewProject(folder, relative) });

    private (int, JsonObject) Delete(string relative, JsonObject body)
    {
        if (ContentFolder.KindOf(relative) != ContentFileKind.Project || body["confirm"]?.GetValue<bool>() != true)
        {
            return (400, new JsonObject { ["error"] = "只能删除项目文件，并须确认" });
        }

        var trashed = YearWorkflow.Delete(folder, relative, body["hash"]?.GetValue<string>() ?? "", DateTimeOffset.UtcNow);
        return trashed is null
            ? (409, new JsonObject { ["error"] = "文件在打开后已被修改，没有删除" })
            : (200, new JsonObject { ["trashed"] = trashed });
    }

    private static Task Page(HttpContext context, string? html) =>
        html is null
            ? Send(context, 404, "text/plain; charset=utf-8", "404 没有这个内容文件\n"u8.ToArray())
            : Send(context, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    private static Task Json(HttpContext context, int status, JsonObject body) =>
        Send(context, status, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(body.ToJsonString()));

    private static async Task Send(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SiteGen.Cli.Serve.Editor." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in SiteGen.Cli");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public static bool IsLoopback(IPAddress host) => IPAddress.IsLoopback(host);
}
