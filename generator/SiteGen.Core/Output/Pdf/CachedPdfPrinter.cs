using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Output.Pdf;

/// <summary>
/// The PDFs of the build cache (<c>sitegen build --pdf --cache DIR</c>): a PDF is printed again only when something
/// that decides its bytes changed, else the one printed before is taken as it is. Each PDF's key is a SHA-256 over the
/// page's bytes, the bytes of every file of the site the page loads (style sheets with their print rules, and what
/// they load in turn, scripts, images, fonts), the job's title, page path and published address, the printer's
/// <see cref="IPdfPrinter.Identity"/> and <see cref="FormatVersion"/>. One file per key holds a header line (format,
/// length and SHA-256 of the PDF) and the PDF; it is written beside its place and renamed there, so a build that is
/// killed leaves whole entries or none. An entry that fails its check is never used: it is printed again and the
/// build warns once (SG6007).
/// </summary>
public sealed partial class CachedPdfPrinter(IPdfPrinter inner, string folder) : IPdfPrinter
{
    /// <summary>Changes whenever the key or the entry's layout does: every older entry then misses.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "sitegen-pdf-cache";

    public string Identity => inner.Identity;

    /// <summary>How many PDFs the last <see cref="Print"/> took from the cache.</summary>
    public int Reused { get; private set; }

    /// <summary>How many PDFs the last <see cref="Print"/> had the printer print.</summary>
    public int Printed { get; private set; }

    public IReadOnlyList<OutputFile> Print(string siteFolder, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, BuildProgress? progress = null)
    {
        var loads = new PageLoads(siteFolder);
        var keys = jobs.Select(job => KeyOf(job, loads)).ToList();
        var pdfs = new OutputFile?[jobs.Count];
        var damaged = new List<string>();
        var misses = new List<int>();
        for (var i = 0; i < jobs.Count; i++)
        {
            switch (Read(EntryPath(keys[i])))
            {
                case (true, { } pdf):
                    pdfs[i] = new OutputFile(jobs[i].PdfPath, pdf);
                    progress?.Step();
                    break;
                case (false, _):
                    damaged.Add(EntryPath(keys[i]));
                    misses.Add(i);
                    break;
                default:
                    misses.Add(i);
                    break;
            }
        }

        if (damaged.Count > 0)
        {
            diagnostics.Report(DiagnosticCodes.BuildCacheIgnored, SourceLocation.File(damaged[0]),
                $"构建缓存中有 {damaged.Count} 个 PDF 已损坏（长度或校验值不符，或不是 PDF），不使用，已重新打印");
        }

        Reused = jobs.Count - misses.Count;
        Printed = 0;
        if (misses.Count == 0)
        {
            return [.. pdfs.OfType<OutputFile>()];
        }

        var printed = inner.Print(siteFolder, [.. misses.Select(i => jobs[i])], diagnostics, progress);
        if (printed.Count != misses.Count)
        {
            return []; // the printer reported why
        }

        for (var k = 0; k < misses.Count; k++)
        {
            pdfs[misses[k]] = printed[k];
            Store(EntryPath(keys[misses[k]]), printed[k].Content);
        }

        Printed = misses.Count;
        return [.. pdfs.OfType<OutputFile>()];
    }

    private string EntryPath(string key) => Path.Join(folder, key[..2], key + ".pdf");

    private string KeyOf(PdfJob job, PageLoads loads)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        Add($"{Magic} {FormatVersion}");
        Add(inner.Identity);
        Add(job.PagePath);
        Add(job.Title);
        Add(job.PublicUrl.AbsoluteUri);
        foreach (var (path, digest) in loads.Of(job.PagePath))
        {
            Add(path);
            Add(digest);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>(true, the PDF) for a sound entry; (false, null) for a damaged one; (null, null) for none.</summary>
    private static (bool? Sound, byte[]? Pdf) Read(string path)
    {
        byte[] entry;
        try
        {
            entry = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (false, null);
        }

        var newline = Array.IndexOf(entry, (byte)'\n');
        var header = newline is > 0 and < 200 ? Encoding.ASCII.GetString(entry, 0, newline).Split(' ') : [];
        var pdf = entry.AsSpan(newline + 1);
        var sound = header.Length == 4 && header[0] == Magic && header[1] == FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && header[2] == pdf.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && header[3] == Convert.ToHexStringLower(SHA256.HashData(pdf))
            && pdf.StartsWith("%PDF-"u8);
        return sound ? (true, pdf.ToArray()) : (false, null);
    }

    /// <summary>Written to a file of its own beside the entry, then renamed over it: readers see a whole entry or none.</summary>
    private static void Store(string path, byte[] pdf)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = File.Create(temporary))
            {
                file.Write(Encoding.ASCII.GetBytes($"{Magic} {FormatVersion} {pdf.Length} {Convert.ToHexStringLower(SHA256.HashData(pdf))}\n"));
                file.Write(pdf);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next build a print.
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The files of the site a page loads, found in its HTML (<c>src</c>, <c>&lt;link href&gt;</c>, CSS <c>url()</c>
    /// and <c>@import</c> in <c>style</c>) and, in turn, in the style sheets it loads; each with the SHA-256 of its
    /// bytes ("missing" when it is not there), read once per build however many pages load it.
    /// </summary>
    private sealed partial class PageLoads(string siteFolder)
    {
        private readonly string _root = Path.GetFullPath(siteFolder);
        private readonly Dictionary<string, (string Digest, IReadOnlyList<string> Loads)> _files = new(StringComparer.Ordinal);

        /// <summary>The page itself first, then what it loads, each once, by path relative to the site folder.</summary>
        public List<(string Path, string Digest)> Of(string pagePath)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>([Path.GetFullPath(Path.Join(_root, pagePath))]);
            var found = new List<(string Path, string Digest)>();
            while (pending.TryPop(out var path))
            {
                if (!seen.Add(path))
                {
                    continue;
                }

                var (digest, loads) = Read(path);
                found.Add((Path.GetRelativePath(_root, path).Replace('\\', '/'), digest));
                foreach (var load in loads)
                {
                    pending.Push(load);
                }
            }

            return found;
        }

        private (string Digest, IReadOnlyList<string> Loads) Read(string path)
        {
            if (_files.TryGetValue(path, out var known))
            {
                return known;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return _files[path] = ("missing", []);
            }

            var digest = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var loads = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".css", StringComparison.OrdinalIgnoreCase)
                ? References(Encoding.UTF8.GetString(bytes), Path.GetDirectoryName(path)!)
                : [];
            return _files[path] = (digest, loads);
        }

        private static List<string> References(string text, string folder)
        {
            var urls = new List<string>();
            foreach (Match tag in LoadingTag().Matches(text))
            {
                if (tag.Groups["link"].Success && !LoadedLink().IsMatch(tag.Value))
                {
                    continue; // the feed, the canonical address, the icon: not part of the page as printed
                }

                urls.AddRange(Attribute().Matches(tag.Value).Select(a => WebUtility.HtmlDecode(a.Groups["url"].Value)));
            }

            urls.AddRange(CssUrl().Matches(text).Select(m => m.Groups["url"].Value));
            return [.. urls.Select(url => Local(url, folder)).OfType<string>()];
        }

        /// <summary>The file a relative URL names, or null for one that leaves the site folder's files (http:, data:, //host, #id).</summary>
        private static string? Local(string url, string folder)
        {
            url = url.Trim();
            var end = url.IndexOfAny(['?', '#']);
            url = end >= 0 ? url[..end] : url;
            if (url.Length == 0 || url.StartsWith('/') || url.Contains(':', StringComparison.Ordinal))
            {
                return null;
            }

            return Path.GetFullPath(Path.Join(folder, Uri.UnescapeDataString(url)));
        }

        /// <summary>Elements whose address the browser loads (not &lt;a&gt;, which the PDF only links to).</summary>
        [GeneratedRegex(@"<(?:(?<link>link)|script|img|source|input|video|audio|track|embed|object|iframe|image|use)\b[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex LoadingTag();

        [GeneratedRegex("""\brel\s*=\s*["']?[^"'>]*\b(?:stylesheet|preload)\b""", RegexOptions.IgnoreCase)]
        private static partial Regex LoadedLink();

        [GeneratedRegex("""\b(?:src|href|data|poster|xlink:href)\s*=\s*(?:"(?<url>[^"]*)"|'(?<url>[^']*)'|(?<url>[^\s>"']+))""", RegexOptions.IgnoreCase)]
        private static partial Regex Attribute();

        [GeneratedRegex("""(?:url\(\s*(?:"(?<url>[^"]*)"|'(?<url>[^']*)'|(?<url>[^)\s"']*))\s*\)|@import\s+(?:"(?<url>[^"]*)"|'(?<url>[^']*)'))""", RegexOptions.IgnoreCase)]
        private static partial Regex CssUrl();
    }
}
