namespace SiteGen.Cli;

/// <summary>What one command accepts: options that take a value, flags, and whether it takes file arguments.</summary>
internal sealed record CommandSpec(string Name, IReadOnlyList<string> ValueOptions, IReadOnlyList<string> Flags, bool TakesFiles = false)
{
    private static readonly string[] Folders = ["--content", "--templates"];

    /// <summary>Every command. A new command adds its line here and its own file under Commands/.</summary>
    public static readonly IReadOnlyList<CommandSpec> All =
    [
        new("build", [.. Folders, "--output", "--chromium", "--cache"], ["--pdf", "--timings", "--verbose", "--quiet", "--no-cache"]),
        new("check", ["--content"], ["--verbose"]),
        new("review", ["--content", "--format", "--output"], ["--verbose"]),
        new("import", ["--output", "--encoding", "--year", "--title", "--authority", "--base-url", "--department-code", "--department-name"], ["--force", "--dry-run", "--report"], TakesFiles: true),
        new("schema", ["--output"], []),
        new("new", ["--title", "--authority", "--base-url", "--year"], [], TakesFiles: true),
        new("templates", ["--output"], ["--force"]),
        new("sample", ["--departments", "--years", "--seed", "--output"], ["--force", "--targets-only"]),
        new("verify", ["--manifest"], [], TakesFiles: true),
        new("serve", [.. Folders, "--port", "--host"], ["--open", "--verbose", "--edit"]),
        new("serve-bench", [.. Folders, "--edits"], []),
        new("help", [], []),
        new("version", [], []),
    ];

    public static CommandSpec? Named(string name) => All.FirstOrDefault(spec => spec.Name == name);
}
