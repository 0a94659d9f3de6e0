using System.Diagnostics;
using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>
/// Shows how far a long build is, on stderr, from a timer of its own (the build only counts): on a terminal one
/// line rewritten in place four times a second, <c>sitegen build: pages 4120/10013 (41%), 230/s, about 26 s left</c>,
/// cleared when the build ends, from 2 s on; when stderr is a file or a pipe (CI logs), the same text as a plain line
/// every 10 s, the first after 10 s. A quick build prints exactly what it printed before.
/// </summary>
/// <remarks>
/// SITEGEN_PROGRESS=after_ms,every_ms changes the delay and the period (tests use 0,50 to see lines from a small
/// site without waiting); it never changes what is built.
/// </remarks>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan TerminalPeriod = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LogPeriod = TimeSpan.FromSeconds(10);

    private readonly BuildProgress _progress;
    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly object _gate = new();
    private string? _stage;
    private TimeSpan _stageStart;
    private bool _shown;
    private bool _stopped;

    private ProgressLine(BuildProgress progress, TextWriter writer, bool terminal, TimeSpan after, TimeSpan every)
    {
        _progress = progress;
        _writer = writer;
        _terminal = terminal;
        _timer = new Timer(_ => Show(), null, after, every);
    }

    /// <summary>Starts showing <paramref name="progress"/> on stderr.</summary>
    public static ProgressLine Start(BuildProgress progress)
    {
        var terminal = !Console.IsErrorRedirected;
        var (after, every) = Timing(Environment.GetEnvironmentVariable("SITEGEN_PROGRESS"), terminal);
        return new ProgressLine(progress, Console.Error, terminal, after, every);
    }

    internal static (TimeSpan After, TimeSpan Every) Timing(string? setting, bool terminal)
    {
        var parts = setting?.Split(',');
        if (parts is [var a, var e] && int.TryParse(a, CultureInfo.InvariantCulture, out var afterMs) && int.TryParse(e, CultureInfo.InvariantCulture, out var everyMs) && afterMs >= 0 && everyMs > 0)
        {
            return (TimeSpan.FromMilliseconds(afterMs), TimeSpan.FromMilliseconds(everyMs));
        }

        // A log's first line comes after one period: scripts and tests that capture stderr of a build of a few seconds
        // (slow on a busy machine) see exactly what they saw before; a person at a terminal sees progress after 2 s.
        return terminal ? (TimeSpan.FromSeconds(2), TerminalPeriod) : (LogPeriod, LogPeriod);
    }

    /// <summary>The text of one progress report: stage, done/total and percent, rate, and time left when it can be told.</summary>
    internal static string Describe(string stage, int done, int total, TimeSpan inStage)
    {
        if (total <= 0)
        {
            return $"sitegen build: {stage}…";
        }

        var text = $"sitegen build: {stage} {done}/{total} ({done * 100 / total}%)";
        if (done > 0 && inStage.TotalSeconds >= 0.5)
        {
            var rate = done / inStage.TotalSeconds;
            var left = (total - done) / rate;
            text += $", {rate.ToString("0", CultureInfo.InvariantCulture)}/s, about {Math.Ceiling(left).ToString("0", CultureInfo.InvariantCulture)} s left";
        }

        return text;
    }

    private void Show()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            var (stage, done, total) = _progress.Now;
            if (stage is null)
            {
                return;
            }

            if (stage != _stage)
            {
                _stage = stage;
                _stageStart = _watch.Elapsed;
            }

            var text = Describe(stage, done, total, _watch.Elapsed - _stageStart);
            if (_terminal)
            {
                _writer.Write("\r" + text + "\u001b[K"); // one line, rewritten; [K clears what a longer line left
            }
            else
            {
                _writer.WriteLine(text);
            }

            _writer.Flush();
            _shown = true;
        }
    }

    /// <summary>Stops; on a terminal the line is cleared, so diagnostics and the summary start on a clean line.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            _timer.Dispose();
            if (_shown && _terminal)
            {
                _writer.Write("\r\u001b[K");
                _writer.Flush();
            }
        }
    }
}
