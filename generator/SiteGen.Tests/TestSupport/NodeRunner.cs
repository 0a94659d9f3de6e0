using System.ComponentModel;
using System.Diagnostics;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Runs a script with node, which the search tests need to run assets/search.js for real. A machine
/// without node fails those tests with this message: they are never skipped.
/// </summary>
internal static class NodeRunner
{
    public const string Missing = "node (Node.js 18 or later) is needed to test assets/search.js but was not found on PATH; install it (Debian: apt-get install nodejs).";

    public static string Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(Missing);
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException(Missing);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("node did not finish in a minute: " + script);
            }

            Assert.True(process.ExitCode == 0, $"node {script} failed with exit code {process.ExitCode}:\n{stderr.Result}");
            return stdout.Result;
        }
    }
}
