using System.Diagnostics;

namespace SiteGen.Tests.TestSupport;

/// <summary>Runs the real `sitegen` command (the built SiteGen.Cli.dll) as a separate process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs with these environment variables added to (or replacing) the test's own.</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var result = ProcessRunner.Run("dotnet", [Dll, .. args], TimeSpan.FromMinutes(2), "dotnet was not found on PATH", environment, workingDirectory);
        return new Result(result.ExitCode, result.StdOut, result.StdErr);
    }

    /// <summary>Starts sitegen without waiting, for tests that kill it mid-way.</summary>
    public static Process Start(params string[] args) => ProcessRunner.Start("dotnet", [Dll, .. args], "dotnet was not found on PATH");

    private static string Dll => Path.Join(AppContext.BaseDirectory, "SiteGen.Cli.dll");
}
