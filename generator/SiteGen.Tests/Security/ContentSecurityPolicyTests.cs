using AngleSharp.Dom;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Security;

/// <summary>
/// Every page carries a strict Content-Security-Policy in a meta tag (no inline script, nothing from another
/// origin), and nothing on any page needs more than it allows: no inline script, style element or attribute,
/// no event attribute, no resource from another origin.
/// </summary>
public sealed class ContentSecurityPolicyTests(CountySite county) : IClassFixture<CountySite>
{
    private static readonly string[] ForbiddenSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "*", "http:", "https:", "data:", "blob:", "filesystem:"];

    private static readonly string[] UrlAttributes = ["src", "href", "action"];

    [Fact]
    public void Every_page_has_exactly_one_policy_right_after_its_charset()
    {
        foreach (var file in county.HtmlFiles)
        {
            var page = county.Parse(Path.GetRelativePath(county.Output, file));
            var policies = page.QuerySelectorAll("meta").Where(IsPolicy).ToList();
            Assert.True(policies.Count == 1, $"{file}: {policies.Count} CSP meta tags");
            var head = page.Head!.Children;
            Assert.True(head[0].HasAttribute("charset"), $"{file}: the charset must come first");
            Assert.True(head[1] == policies[0], $"{file}: the policy must come before anything that loads (second in head)");
        }
    }

    [Fact]
    public void The_policy_allows_no_inline_script_and_no_other_origin()
    {
        var page = county.Parse("index.html");
        var directives = Directives(page.QuerySelectorAll("meta").Single(IsPolicy).GetAttribute("content")!);

        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.Equal(["'self'"], directives["form-action"]);
        foreach (var (name, sources) in directives)
        {
            Assert.All(sources, s => Assert.DoesNotContain(s, ForbiddenSources));
            Assert.All(sources, s => Assert.True(s is "'self'" or "'none'", $"{name} allows {s}: only 'self' and 'none' are expected"));
        }

        // A meta policy ignores these; they belong in the server's headers (README).
        Assert.DoesNotContain("frame-ancestors", directives.Keys);
        Assert.DoesNotContain("report-uri", directives.Keys);
    }

    [Fact]
    public void No_page_needs_what_the_policy_forbids()
    {
        foreach (var file in county.HtmlFiles)
        {
            var page = county.Parse(Path.GetRelativePath(county.Output, file));
            var all = page.All.ToList();
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") && s.TextContent.Length == 0, $"{file}: inline script"));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.DoesNotContain(all, e => e.HasAttribute("style"));
            Assert.DoesNotContain(all, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            foreach (var element in all)
            {
                foreach (var attribute in UrlAttributes.Select(element.GetAttribute).OfType<string>())
                {
                    var loads = element.LocalName is "script" or "img" or "iframe" || (element.LocalName == "link" && element.GetAttribute("rel") == "stylesheet") || element.LocalName == "form";
                    if (loads)
                    {
                        Assert.False(attribute.Contains("//", StringComparison.Ordinal) || attribute.Contains(':', StringComparison.Ordinal),
                            $"{file}: <{element.LocalName}> loads {attribute} from another origin");
                    }
                }
            }
        }
    }

    private static bool IsPolicy(IElement meta) =>
        string.Equals(meta.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..], StringComparer.Ordinal);
}
