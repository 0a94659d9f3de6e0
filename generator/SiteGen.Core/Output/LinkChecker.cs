using System.Collections.Concurrent;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// Checks, before a site is published, that every internal link and <c>#anchor</c> of every page lands on a
/// file and an id of the site, that ids are unique on their page, and that no link assumes the domain root.
/// Pages are added as they are rendered (from several threads); the check runs once all are in.
/// </summary>
/// <param name="basePath">The path of the configured base URL (<c>/xxgk/jxmb/</c>): absolute links are allowed only below it (the 404 page needs them).</param>
public sealed class LinkChecker(string basePath)
{
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    // Ids as 64-bit hashes and link targets interned: a province site has millions of both.
    private readonly ConcurrentDictionary<string, HashSet<ulong>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _targets = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Problem> _problems = [];
    private readonly ConcurrentBag<(string Page, string Href, string Target, string? Fragment, int Line, int Column)> _links = [];

    /// <summary>A broken link or a duplicate id, found on <paramref name="Page"/> at line/column of its HTML.</summary>
    public sealed record Problem(DiagnosticCode Code, string Page, int Line, int Column, string Href, string Message);

    /// <summary>
    /// Records that the site has this file without reading it: links to it count as good, anchors into it are not
    /// checked. <c>sitegen serve</c> checks only the pages an edit re-rendered, against the rest of the site.
    /// </summary>
    public void AddUnread(string path) => _files.TryAdd(path, 0);

    /// <param name="text">The page's text when the caller has it (the bytes decoded), else null.</param>
    public void Add(string path, byte[] content, string? text = null)
    {
        _files.TryAdd(path, 0);
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            return;
        }

        var html = text ?? Encoding.UTF8.GetString(content);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<(string Href, string Target, string? Fragment, int Line, int Column)>();
        var position = new LineCounter(html);
        foreach (var attribute in HtmlLinkScanner.Scan(html))
        {
            var (line, column) = position.At(attribute.Offset);
            if (attribute.Name == "id")
            {
                if (!ids.Add(attribute.Value))
                {
                    _problems.Add(new Problem(DiagnosticCodes.DuplicateId, path, line, column, attribute.Value, $"id “{attribute.Value}” 在同一页面中出现了不止一次，锚点链接会指错位置"));
                }
            }
            else if (Resolve(path, attribute.Value) is { } resolved)
            {
                links.Add((attribute.Value, resolved.Target, resolved.Fragment, line, column));
            }
            else if (attribute.Value.StartsWith('/') && !attribute.Value.StartsWith("//", StringComparison.Ordinal))
            {
                _problems.Add(new Problem(DiagnosticCodes.BrokenLink, path, line, column, attribute.Value,
                    $"链接 “{attribute.Value}” 从网站根目录开始，但站点地址在 {basePath} 下：网站放在子路径下时它会失效，请用相对链接"));
            }
        }

        // Anchors on the page itself are checked now; links elsewhere are kept once per target and anchor.
        var kept = new HashSet<(string, string?)>();
        foreach (var (href, target, fragment, line, column) in links)
        {
            if (target == path)
            {
                if (fragment is { Length: > 0 } && !ids.Contains(fragment))
                {
                    _problems.Add(new Problem(DiagnosticCodes.BrokenLink, path, line, column, href, $"链接 “{href}” 的锚点 #{fragment} 在 {target} 中不存在"));
                }
            }
            else if (kept.Add((target, fragment)))
            {
                _links.Add((path, href, _targets.GetOrAdd(target, target), fragment, line, column));
            }
        }

        _ids[path] = [.. ids.Select(Hash)];
    }

    /// <summary>Every problem, once all files are added; each names the page and the line and column in its HTML.</summary>
    public IReadOnlyList<Problem> Problems()
    {
        foreach (var (page, href, target, fragment, line, column) in _links)
        {
            if (!_files.ContainsKey(target))
            {
                _problems.Add(new Problem(DiagnosticCodes.BrokenLink, page, line, column, href, $"链接 “{href}” 指向的文件 {target} 不在站点中"));
            }
            else if (fragment is { Length: > 0 } && _ids.TryGetValue(target, out var ids) && !ids.Contains(Hash(fragment)))
            {
                _problems.Add(new Problem(DiagnosticCodes.BrokenLink, page, line, column, href, $"链接 “{href}” 的锚点 #{fragment} 在 {target} 中不存在"));
            }
        }

        _links.Clear();
        return [.. _problems.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
    }

    /// <summary>
    /// The site file (and anchor) a link points to, or null for links the check does not follow: other sites,
    /// mailto: and the like, and absolute paths outside the base path (reported by the caller).
    /// </summary>
    private (string Target, string? Fragment)? Resolve(string page, string href)
    {
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || HasScheme(href))
        {
            return href.Length == 0 ? (page, null) : null;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        var path = hash < 0 ? href : href[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = Uri.UnescapeDataString(query < 0 ? path : path[..query]);
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return null;
            }

            path = path[basePath.Length..];
        }
        else
        {
            path = path.Length == 0 ? page : Combine(page, path);
        }

        return (path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path, fragment);
    }

    private static string Combine(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static bool HasScheme(string href)
    {
        var colon = href.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && href.AsSpan(0, colon).IndexOfAny("/?#") < 0;
    }

    /// <summary>FNV-1a, 64 bits: ids are compared by hash to keep millions of them small.</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Line and column of offsets met in increasing order, in one pass over the page.</summary>
    private sealed class LineCounter(string text)
    {
        private int _offset;
        private int _line = 1;
        private int _lineStart;

        public (int Line, int Column) At(int offset)
        {
            for (; _offset < offset && _offset < text.Length; _offset++)
            {
                if (text[_offset] == '\n')
                {
                    _line++;
                    _lineStart = _offset + 1;
                }
            }

            return (_line, offset - _lineStart + 1);
        }
    }
}
