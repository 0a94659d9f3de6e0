using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// A running <c>sitegen serve</c> (the real command, as a process) on a free loopback port. Started through
/// <c>env --default-signal=INT</c> so that SIGINT, which a shell's background job inherits ignored, reaches it:
/// <see cref="Interrupt"/> is Ctrl+C.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ServeProcess(Process process) => _process = process;

    /// <summary>The site's address as the command printed it (<c>http://127.0.0.1:PORT/base/path/</c>).</summary>
    public Uri Site { get; private set; } = null!;

    public string Output => string.Join("\n", _lines);

    public static ServeProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in (string[])["--default-signal=INT", "dotnet", Path.Join(AppContext.BaseDirectory, "SiteGen.Cli.dll"), "serve", "--port", "0", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        var serve = new ServeProcess(Process.Start(start)!);
        serve._process.OutputDataReceived += (_, e) => serve.Note(e.Data);
        serve._process.ErrorDataReceived += (_, e) => serve.Note(e.Data);
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        var url = serve.WaitForLine(line => line.StartsWith("sitegen serve: http://", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        serve.Site = new Uri(Url().Match(url).Value);
        return serve;
    }

    /// <summary>Waits for a line of output (stdout or stderr) that matches.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                break;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException("sitegen serve did not print the expected line; it printed:\n" + Output);
    }

    /// <summary>Ctrl+C: the exit code once it has stopped.</summary>
    public int Interrupt()
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException("sitegen serve did not stop on SIGINT:\n" + Output);
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Note(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex Url();
}
