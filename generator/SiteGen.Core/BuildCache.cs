using System.Diagnostics;
using System.IO.Enumeration;
using SiteGen.Diagnostics;
using SiteGen.Output;

using SiteGen.Pipeline;
using SiteGen.Pipeline.Cache;

namespace SiteGen;

/// <summary>
/// The build cache on disk (<c>sitegen build</c> keeps one beside the output folder, or in <c>--cache DIR</c>): a
/// record of the last good build (<see cref="CacheRecord"/>) that lets the next one do nothing when nothing changed
/// (<see cref="UpToDate"/>), and otherwise keep every published file that no changed input reaches
/// (<see cref="DiskFileCache"/>). Its output is byte-for-byte a cold build's. A record that is damaged, of another
/// format, or made for another output or content folder is ignored with a warning (SG6007), never trusted.
/// </summary>
public sealed class BuildCache
{
    public const string RecordFile = "build.cache";

    private readonly BuildOptions _options;
    private readonly string _folder;
    private readonly string _output;
    private readonly CacheRecord? _last;
    private readonly BuildInputs _inputs;
    private readonly bool _outputIntact;
    private readonly DiskFileCache _files;
    private readonly List<Diagnostic> _warnings = [];
    private readonly TimeSpan _scanTime;

    private BuildCache(BuildOptions options, string folder)
    {
        var watch = Stopwatch.StartNew();
        _options = options;
        _folder = folder;
        _output = Path.GetFullPath(options.OutputDir);
        _last = ReadRecord();
        _inputs = BuildInputs.Scan(options,
            _last?.Content.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [],
            _last?.Templates.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? []);
        _outputIntact = _last is not null && Same(OutputStamps(_output), _last.Outputs);
        _files = new DiskFileCache(_last, _inputs, options.ContentDir, _output, _outputIntact);
        _scanTime = watch.Elapsed;
    }

    /// <summary>The build cache of these options; null when they name none (<c>--no-cache</c>, or a library caller).</summary>
    public static BuildCache? Open(BuildOptions options) => options.CacheDir is { } folder ? new BuildCache(options, folder) : null;

    /// <summary>The state a build with this cache starts from: disclosures are bound anew, published files kept.</summary>
    public BuildState State => new(IDisclosureCache.None, TemplateCache.None, _files);

    /// <summary>
    /// When every input is the last good build's and the output folder is exactly as it left it, that build's result
    /// (its diagnostics again, nothing written); otherwise null, and the build runs.
    /// </summary>
    public BuildResult? UpToDate()
    {
        if (_last is null || !_outputIntact || !_last.WholeKey.AsSpan().SequenceEqual(WholeKey()))
        {
            return null;
        }

        using var busy = BuildLock.TryAcquire(_output); // while another build publishes, the full build reports it (SG6006)
        return busy is null
            ? null
            : new BuildResult(true, WithWarnings(_last.Diagnostics), 0, [("cache", _scanTime)]) { UpToDate = true };
    }

    /// <summary>After the build: a published site is recorded for the next build; the cache's own warnings join the result.</summary>
    public BuildResult Saved(BuildResult result)
    {
        if (result.Succeeded && _files.PublishedSite is { } site)
        {
            var record = new CacheRecord(_output, Path.GetFullPath(_options.ContentDir), _inputs.SiteKey, WholeKey(),
                _inputs.Content, _inputs.Templates, _files.Disclosures(site), OutputStamps(_output), result.Diagnostics);
            try
            {
                Directory.CreateDirectory(_folder);
                var temporary = Path.Join(_folder, RecordFile + ".new");
                File.WriteAllBytes(temporary, record.Write());
                File.Move(temporary, Path.Join(_folder, RecordFile), overwrite: true); // a killed build never leaves half a record
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Warn($"无法写入构建缓存 {_folder}（站点已正常发布，下次构建将完整重建）：{ex.Message}");
            }
        }

        return result with { Diagnostics = WithWarnings(result.Diagnostics), Stages = [("cache", _scanTime), .. result.Stages] };
    }

    /// <summary>The whole key, and the content folder as the user wrote it: replayed diagnostics name files that way.</summary>
    private byte[] WholeKey() =>
        System.Security.Cryptography.SHA256.HashData([.. _inputs.WholeKey, .. System.Text.Encoding.UTF8.GetBytes(_options.ContentDir)]);

    private CacheRecord? ReadRecord()
    {
        var path = Path.Join(_folder, RecordFile);
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return null; // the first build with this cache
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Warn($"无法读取构建缓存 {path}：{ex.Message}；本次完整构建");
            return null;
        }

        var record = CacheRecord.Read(bytes);
        if (record is null)
        {
            Warn($"构建缓存 {path} 已损坏或不是本版本 SiteGen 的缓存，已忽略：本次完整构建，并重写缓存");
            return null;
        }

        if (record.OutputFolder != _output || record.ContentFolder != Path.GetFullPath(_options.ContentDir))
        {
            Warn($"构建缓存 {path} 属于另一个站点（内容 {record.ContentFolder}，输出 {record.OutputFolder}），已忽略：本次完整构建，并改写为本站点的缓存");
            return null;
        }

        return record;
    }

    private void Warn(string message) => _warnings.Add(new Diagnostic(SourceLocation.File(_folder), Severity.Warning, DiagnosticCodes.BuildCacheIgnored.Id, message));

    private IReadOnlyList<Diagnostic> WithWarnings(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (_warnings.Count == 0)
        {
            return diagnostics;
        }

        var bag = new DiagnosticBag();
        foreach (var d in diagnostics.Concat(_warnings))
        {
            bag.Add(d);
        }

        return bag.Sorted();
    }

    /// <summary>Every file of the output folder with its stamp, in path order; empty when there is no output folder.</summary>
    private static List<OutputStamp> OutputStamps(string output)
    {
        if (!Directory.Exists(output))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var root = output.TrimEnd(Path.DirectorySeparatorChar);
        var stamps = new FileSystemEnumerable<OutputStamp>(root,
            (ref FileSystemEntry e) => new OutputStamp(InputScan.Relative(root, e.Directory, e.FileName), e.Length, e.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        }.ToList();
        stamps.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return stamps;
    }

    private static bool Same(List<OutputStamp> now, IReadOnlyList<OutputStamp> then) =>
        now.Count == then.Count && now.Zip(then).All(p => p.First == p.Second);
}
