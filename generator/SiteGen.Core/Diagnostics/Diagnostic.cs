namespace SiteGen.Diagnostics;

/// <summary>One problem found in content or templates, printed in the MSBuild format editors make clickable.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
