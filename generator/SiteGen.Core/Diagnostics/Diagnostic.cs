namespace SiteGen.Diagnostics;

/// <summary>One problem found in content or templates, printed in the MSBuild format editors make clickable.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Location}: {Word(Severity)} {Code}: {Message}";

    /// <summary>The MSBuild category word editors and CI logs understand.</summary>
    public static string Word(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
