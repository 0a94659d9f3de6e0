using System.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>Times each stage of a build, in order, for the summary, <c>--timings</c> and the benchmark.</summary>
public sealed class StageClock
{
    private readonly List<(string, TimeSpan)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, watch.Elapsed));
        return result;
    }
}
