namespace SiteGen.Diagnostics;

/// <summary>A stable diagnostic code (SG1234) with its severity and a one-line meaning for the README.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity, string Meaning);
