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
        var result = ProcessRunner.Run("node", [script, .. args], TimeSpan.FromMinutes(1), Missing);
        Assert.True(result.ExitCode == 0, $"node {script} failed with exit code {result.ExitCode}:\n{result.StdErr}");
        return result.StdOut;
    }
}
