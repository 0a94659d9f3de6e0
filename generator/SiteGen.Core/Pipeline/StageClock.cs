using System.Diagnostics;
using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// Times each stage of a build, in order, for the summary, <c>--timings</c> and the benchmark: wall time, and the
/// process's CPU time and managed allocations over the stage (stages run one after another, so the process's totals
/// are the stage's), which tell where a build's work goes on a busy machine where wall time does not; and the managed
/// heap left after the stage and the process's peak so far, which tell which stage holds the memory.
/// </summary>
public sealed class StageClock(BuildProgress? progress = null)
{
    private readonly List<(string, TimeSpan)> _stages = [];
    private readonly List<StageCost> _costs = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    public IReadOnlyList<StageCost> Costs => _costs;

    public T Time<T>(string stage, Func<T> work)
    {
        progress?.Begin(stage);
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, watch.Elapsed));
        using var process = Process.GetCurrentProcess();
        _costs.Add(new StageCost(stage, watch.Elapsed, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated)
        {
            HeapBytes = GC.GetTotalMemory(forceFullCollection: false),
            PeakBytes = process.PeakWorkingSet64,
        });
        return result;
    }
}

/// <summary>One stage's wall time, CPU time (all threads) and bytes allocated on the managed heap.</summary>
public sealed record StageCost(string Stage, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes)
{
    /// <summary>The managed heap in use when the stage ended: what is still held, and garbage not yet collected.</summary>
    public long HeapBytes { get; init; }

    /// <summary>The process's peak working set from its start to the end of the stage.</summary>
    public long PeakBytes { get; init; }
}
