namespace SiteGen.Diagnostics;

/// <summary>How bad a diagnostic is: errors stop the build, warnings are publishable.</summary>
public enum Severity
{
    Warning,
    Error,
}
