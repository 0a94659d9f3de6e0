using System.Security.Cryptography;
using System.Text;
using SiteGen.Content;

using SiteGen.Pipeline;
using SiteGen.Pipeline.Cache;

namespace SiteGen;

/// <summary>
/// Everything one build reads, hashed: the content files, the site's own templates, and what is not in files (this
/// SiteGen, its libraries, the build's options). Split the way the cache reuses work: each disclosure's folder on
/// its own (<see cref="DisclosureKey"/>), and the rest (<see cref="SiteKey"/>: site.yml, its images, the templates,
/// SiteGen itself), which every file of the site may depend on.
/// </summary>
public sealed class BuildInputs
{
    private readonly Dictionary<string, byte[]> _disclosureKeys;

    private BuildInputs(IReadOnlyList<InputFile> content, IReadOnlyList<InputFile> templates, byte[] siteKey, byte[] wholeKey, Dictionary<string, byte[]> disclosureKeys)
    {
        Content = content;
        Templates = templates;
        SiteKey = siteKey;
        WholeKey = wholeKey;
        _disclosureKeys = disclosureKeys;
    }

    public IReadOnlyList<InputFile> Content { get; }

    public IReadOnlyList<InputFile> Templates { get; }

    /// <summary>Every input but the disclosures' folders: when it changes, nothing made before is kept.</summary>
    public byte[] SiteKey { get; }

    /// <summary>Every input: when it is the last good build's, that build's output is this build's.</summary>
    public byte[] WholeKey { get; }

    /// <summary>
    /// The hash of a disclosure's folder (disclosure.yml, projects/, evaluation/, monitoring/ and the rest beside it),
    /// by the folder's path relative to the content folder; null for a folder that holds no disclosure.yml.
    /// </summary>
    public byte[]? DisclosureKey(string folder) => _disclosureKeys.GetValueOrDefault(folder);

    /// <param name="previousContent">The content files the last good build read, by path relative to the content folder.</param>
    /// <param name="previousTemplates">The template files it read, by path relative to the templates folder.</param>
    public static BuildInputs Scan(BuildOptions options, IReadOnlyDictionary<string, InputFile> previousContent, IReadOnlyDictionary<string, InputFile> previousTemplates)
    {
        var content = InputScan.Of(options.ContentDir, previousContent);
        var templates = InputScan.Of(options.TemplatesDir, previousTemplates);
        var folders = content.Where(f => f.Path == ContentLoader.DisclosureFileName || f.Path.EndsWith("/" + ContentLoader.DisclosureFileName, StringComparison.Ordinal))
            .Select(f => Folder(f.Path))
            .ToHashSet(StringComparer.Ordinal);

        var site = new List<InputFile>();
        var byDisclosure = new Dictionary<string, List<InputFile>>(StringComparer.Ordinal);
        foreach (var file in content)
        {
            if (OwnerOf(file.Path, folders) is { } owner)
            {
                (byDisclosure.TryGetValue(owner, out var list) ? list : byDisclosure[owner] = []).Add(file);
            }
            else
            {
                site.Add(file);
            }
        }

        var siteKey = Hash(Environment(options), site, templates);
        var disclosureKeys = byDisclosure.ToDictionary(kv => kv.Key, kv => Hash(kv.Key, kv.Value, []), StringComparer.Ordinal);
        var wholeKey = Hash(Convert.ToHexString(siteKey), content, []);
        return new BuildInputs(content, templates, siteKey, wholeKey, disclosureKeys);
    }

    /// <summary>The folder of a content path ("" for the content folder itself).</summary>
    public static string Folder(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";

    /// <summary>The innermost disclosure folder that holds the file, if any (a disclosure's files sit below it).</summary>
    private static string? OwnerOf(string path, HashSet<string> folders)
    {
        for (var folder = Folder(path); ; folder = Folder(folder))
        {
            if (folders.Contains(folder))
            {
                return folder;
            }

            if (folder.Length == 0)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// This SiteGen (its assembly's build identity, which changes with any change of code or built-in template), the
    /// libraries it renders with, and the options: a build by another SiteGen or with other options keeps nothing.
    /// </summary>
    private static string Environment(BuildOptions options)
    {
        var core = typeof(SiteBuilder).Assembly;
        var identity = new StringBuilder()
            .Append(core.ManifestModule.ModuleVersionId).Append('\n')
            .AppendJoin('\n', core.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal)).Append('\n')
            .Append("drafts=").Append(options.IncludeDrafts).Append('\n')
            .Append("templates=").Append(options.TemplatesDir is null ? "built-in" : "site").Append('\n')
            .Append("pdf=").Append(options.Pdf?.GetType().FullName ?? "none").Append('\n');
        return identity.ToString();
    }

    private static byte[] Hash(string prefix, IEnumerable<InputFile> files, IEnumerable<InputFile> more)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(prefix + "\n"));
        foreach (var (kind, file) in files.Select(f => ('c', f)).Concat(more.Select(f => ('t', f))))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{kind}:{file.Path}\n"));
            hash.AppendData(file.Sha256);
        }

        return hash.GetHashAndReset();
    }
}
