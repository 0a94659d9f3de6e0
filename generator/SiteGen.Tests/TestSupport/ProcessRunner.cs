using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.TestSupport;

/// <summary>Runs another program for a test (sitegen itself, node, poppler), its output read as UTF-8.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>Starts the program with its output redirected; <paramref name="missing"/> is the failure when it is not installed.</summary>
    public static Process Start(string program, IEnumerable<string> args, string missing, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException(missing);
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException(missing);
        }
    }

    /// <summary>Runs the program to the end and keeps its output as the bytes it wrote (to check their encoding).</summary>
    public static (int ExitCode, byte[] StdOut, byte[] StdErr) RunBytes(string program, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        using var process = Start(program, args, $"{program} was not found", environment, workingDirectory);
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var copies = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(stdout), process.StandardError.BaseStream.CopyToAsync(stderr));
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish: {string.Join(' ', args)}");
        }

        copies.GetAwaiter().GetResult();
        return (process.ExitCode, stdout.ToArray(), stderr.ToArray());
    }

    /// <summary>Runs the program to the end; a run longer than <paramref name="timeout"/> is killed and fails the test.</summary>
    public static Result Run(string program, IReadOnlyList<string> args, TimeSpan timeout, string missing, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        using var process = Start(program, args, missing, environment, workingDirectory);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeout.TotalSeconds:0} s: {string.Join(' ', args)}");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
