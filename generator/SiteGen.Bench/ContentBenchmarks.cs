using BenchmarkDotNet.Attributes;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Bench;

/// <summary>Reading content: one project file's YAML, and a whole corpus read, bound and checked (the load stage).</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string? _folder;
    private string _projectText = "";
    private string _projectPath = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Corpus.Write(departments: 20);
        _projectPath = Directory.EnumerateFiles(_folder, "*.yml", SearchOption.AllDirectories)
            .Where(f => f.Contains("/projects/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .First();
        _projectText = File.ReadAllText(_projectPath);
    }

    [GlobalCleanup]
    public void Cleanup() => Corpus.Remove(_folder);

    [Benchmark(Description = "YAML: parse one project file")]
    public YamlNode? ParseProjectYaml() => YamlReader.Read(_projectText, _projectPath, new DiagnosticBag());

    [Benchmark(Description = "Load: 40 disclosures read, bound and checked")]
    public Site? LoadAndBind()
    {
        var diagnostics = new DiagnosticBag();
        return SiteModelBuilder.Build(ContentLoader.Load(_folder!, diagnostics), diagnostics);
    }
}
