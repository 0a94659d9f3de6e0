using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SiteGen.Output;

/// <summary>
/// The list of every file a build published, with its size and SHA-256, written into the site as
/// <see cref="FileName"/>. With it a publisher can prove that a copy (the web server's folder, a mirror) is
/// exactly what was built: <c>sitegen verify</c> names every changed, missing or extra file.
/// </summary>
public static class SiteManifest
{
    public const string FileName = "sitegen-manifest.json";

    public sealed record Entry(string Path, long Size, string Sha256);

    /// <summary>One difference between a folder and a manifest.</summary>
    public sealed record Difference(string Kind, string Path, string Detail);

    public static Entry EntryFor(string path, ReadOnlySpan<byte> content) =>
        new(path, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)));

    /// <summary>The manifest's bytes: entries sorted by path, no time, no machine name, so equal sites give equal manifests.</summary>
    public static byte[] Write(IEnumerable<Entry> entries)
    {
        var builder = new StringBuilder("{\n  \"format\": \"sitegen-manifest/1\",\n  \"files\": [\n");
        var sorted = entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            builder.Append(CultureInfo.InvariantCulture, $"    {{ \"path\": {JsonSerializer.Serialize(e.Path)}, \"size\": {e.Size}, \"sha256\": \"{e.Sha256}\" }}");
            builder.Append(i + 1 < sorted.Count ? ",\n" : "\n");
        }

        return Encoding.UTF8.GetBytes(builder.Append("  ]\n}\n").ToString());
    }

    /// <summary>Reads a manifest; null with a reason when it is missing or not a SiteGen manifest.</summary>
    public static (IReadOnlyList<Entry>? Entries, string? Problem) Read(string manifestPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            var files = document.RootElement.GetProperty("files");
            return ([.. files.EnumerateArray().Select(f => new Entry(
                f.GetProperty("path").GetString()!, f.GetProperty("size").GetInt64(), f.GetProperty("sha256").GetString()!))], null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, ex.Message);
        }
    }

    /// <summary>Every file of <paramref name="folder"/> that differs from the manifest, is missing, or is not in it.</summary>
    public static IReadOnlyList<Difference> Compare(string folder, IReadOnlyList<Entry> manifest)
    {
        var differences = new List<Difference>();
        var expected = manifest.ToDictionary(e => e.Path, StringComparer.Ordinal);
        var present = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(p => p != FileName)
                .ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var entry in manifest.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            if (!present.Contains(entry.Path))
            {
                differences.Add(new Difference("missing", entry.Path, "清单中有，目录中没有"));
                continue;
            }

            var actual = EntryFor(entry.Path, File.ReadAllBytes(Path.Join(folder, entry.Path)));
            if (actual.Size != entry.Size || actual.Sha256 != entry.Sha256)
            {
                differences.Add(new Difference("changed", entry.Path, $"大小 {entry.Size} → {actual.Size}，SHA-256 {entry.Sha256[..12]}… → {actual.Sha256[..12]}…"));
            }
        }

        differences.AddRange(present.Where(p => !expected.ContainsKey(p)).Order(StringComparer.Ordinal)
            .Select(p => new Difference("extra", p, "目录中有，清单中没有")));
        return differences;
    }
}
