using BenchmarkDotNet.Running;
using SiteGen.Bench.Hugo;

// `hugo-site CONTENT TEMPLATES OUTPUT` writes the Hugo site of the side-by-side benchmark (.ci/bench --vs-hugo);
// anything else runs BenchmarkDotNet: pick benchmarks with --filter (for example --filter '*Target*').
if (args is ["hugo-site", var content, var templates, var output])
{
    return HugoSite.Write(content, templates, output);
}

BenchmarkSwitcher.FromAssembly(typeof(SiteGen.Bench.Corpus).Assembly).Run(args);
return 0;
