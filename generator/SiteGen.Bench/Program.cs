using BenchmarkDotNet.Running;

// Pick benchmarks with --filter (for example --filter '*Target*'); '*' runs them all.
BenchmarkSwitcher.FromAssembly(typeof(SiteGen.Bench.Corpus).Assembly).Run(args);
