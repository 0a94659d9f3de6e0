namespace SiteGen.Diagnostics;

/// <summary>
/// How far a build is: the stage it is in and, for the long ones (loading, pages, open data, PDFs), how many of how
/// many items are done. Stages only count (one interlocked add per item); whoever shows progress reads
/// <see cref="Now"/> on its own timer, so a build that nobody watches pays nothing more. Lives with the diagnostics
/// because every layer that loops over disclosures may count.
/// </summary>
public sealed class BuildProgress
{
    private readonly object _gate = new();
    private string? _stage;
    private int _total;
    private int _done;

    /// <summary>A new stage, of <paramref name="total"/> items (0: not counted).</summary>
    public void Begin(string stage, int total = 0)
    {
        lock (_gate)
        {
            _stage = stage;
            _total = total;
            _done = 0;
        }
    }

    /// <summary>The current stage has <paramref name="total"/> items (called by the stage once it knows).</summary>
    public void Expect(int total)
    {
        lock (_gate)
        {
            _total = total;
            _done = 0;
        }
    }

    /// <summary>One more item of the current stage is done; safe from any thread.</summary>
    public void Step() => Interlocked.Increment(ref _done);

    /// <summary>The stage now, and done/total (total 0 when the stage does not count).</summary>
    public (string? Stage, int Done, int Total) Now
    {
        get
        {
            lock (_gate)
            {
                return (_stage, Math.Min(Volatile.Read(ref _done), _total), _total);
            }
        }
    }
}
