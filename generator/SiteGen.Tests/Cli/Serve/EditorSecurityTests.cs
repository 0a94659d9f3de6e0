using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli.Serve;

/// <summary>
/// <c>sitegen serve --edit</c> on a shared machine: a request without the session's token, from another Origin, or
/// naming another host changes no file and reads no token; a file changed on disk meanwhile is not overwritten.
/// </summary>
public sealed partial class EditorSecurityTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    private string ProjectFile => Directory.GetFiles(_folder.Join("content"), "1-*.yml", SearchOption.AllDirectories).Single();

    private string ProjectPath => Path.GetRelativePath(_folder.Join("content"), ProjectFile).Replace('\\', '/');

    private ServeProcess Start()
    {
        _folder.CopyFrom(RepoPaths.Content, "content");
        return ServeProcess.Start(_folder.Path, "--content", "content", "--edit");
    }

    private async Task<(HttpStatusCode Status, string Body)> Send(ServeProcess serve, HttpMethod method, string path, string? body = null,
        string? token = null, string? origin = "own", string? host = null)
    {
        var root = new Uri(serve.Site.GetLeftPart(UriPartial.Authority));
        using var request = new HttpRequestMessage(method, new Uri(root, path));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Add("X-SiteGen-Token", token);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin == "own" ? root.GetLeftPart(UriPartial.Authority) : origin);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> Token(ServeProcess serve)
    {
        var (status, page) = await Send(serve, HttpMethod.Get, "/_sitegen/edit/");
        Assert.Equal(HttpStatusCode.OK, status);
        return TokenMeta().Match(page).Groups[1].Value;
    }

    private async Task<JsonObject> OpenForm(ServeProcess serve, string token)
    {
        var (status, body) = await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/form", new JsonObject { ["path"] = ProjectPath }.ToJsonString(), token);
        Assert.Equal(HttpStatusCode.OK, status);
        return (JsonObject)JsonNode.Parse(body)!;
    }

    private string SaveBody(JsonObject form, string target)
    {
        var value = (JsonObject)form["value"]!.DeepClone();
        ((JsonObject)((JsonArray)value["indicators"]!)[0]!)["target"] = target;
        return new JsonObject { ["path"] = ProjectPath, ["value"] = value, ["hash"] = form["hash"]!.GetValue<string>() }.ToJsonString();
    }

    [Fact]
    public async Task Without_the_token_from_another_origin_or_with_a_foreign_host_no_file_changes_and_no_token_is_read()
    {
        using var serve = Start();
        var token = await Token(serve);
        Assert.Matches("^[0-9a-f]{64}$", token);
        var form = await OpenForm(serve, token);
        var before = await File.ReadAllBytesAsync(ProjectFile);
        var body = SaveBody(form, "≥999篇");

        Assert.Equal(HttpStatusCode.Forbidden, (await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/save", body)).Status);
        // A wrong token: its first digit changed (one token in sixteen begins with 0, so "0" + the rest would be the token).
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/save", body, (token[0] == '0' ? "1" : "0") + token[1..])).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/save", body, token, origin: "http://evil.example")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/save", body, token, origin: null)).Status);
        var port = serve.Site.Port;
        var rebound = await Send(serve, HttpMethod.Get, "/_sitegen/edit/", host: $"evil.example:{port}");
        Assert.Equal(HttpStatusCode.MisdirectedRequest, rebound.Status);
        Assert.DoesNotContain(token, rebound.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/save", body, token, $"http://evil.example:{port}", $"evil.example:{port}")).Status);
        var outside = new JsonObject { ["path"] = "../outside.yml", ["value"] = new JsonObject(), ["hash"] = "" }.ToJsonString();
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/save", outside, token)).Status);
        Assert.Equal(before, await File.ReadAllBytesAsync(ProjectFile));
        Assert.False(File.Exists(_folder.Join("outside.yml")));

        // The editor's own page, with the token and its Origin, does save: the refusals above were for their reasons.
        var saved = await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/save", body, token);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("    target: ≥999篇\n", await File.ReadAllTextAsync(ProjectFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_changed_on_disk_since_the_form_opened_is_not_overwritten_and_both_versions_are_shown()
    {
        using var serve = Start();
        var token = await Token(serve);
        var form = await OpenForm(serve, token);
        var theirs = (await File.ReadAllTextAsync(ProjectFile)).Replace("name: 临西新闻网平台维护费", "name: 别人改过的名称", StringComparison.Ordinal);
        await File.WriteAllTextAsync(ProjectFile, theirs);

        var (status, answer) = await Send(serve, HttpMethod.Post, "/_sitegen/edit/api/save", SaveBody(form, "≥240篇（更新新闻篇数）"), token);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(theirs, await File.ReadAllTextAsync(ProjectFile));
        var json = JsonNode.Parse(answer)!;
        Assert.Equal(theirs, json["theirs"]!.GetValue<string>());
        Assert.Contains("≥240篇（更新新闻篇数）", json["mine"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_refuses_a_host_that_is_not_loopback()
    {
        _folder.CopyFrom(RepoPaths.Content, "content");

        var result = CliRunner.Run(_folder.Path, "serve", "--content", "content", "--edit", "--host", "0.0.0.0", "--port", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--edit", result.StdErr, StringComparison.Ordinal);
    }

    [GeneratedRegex("<meta name=\"sitegen-token\" content=\"([0-9a-f]+)\">")]
    private static partial Regex TokenMeta();
}
