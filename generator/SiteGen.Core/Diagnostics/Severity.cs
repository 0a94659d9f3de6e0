namespace SiteGen.Diagnostics;

/// <summary>How bad a diagnostic is: errors stop the build, warnings are publishable, infos only say what happened.</summary>
/// <remarks>New members go at the end: the numeric values are not part of any output, but keep them stable anyway.</remarks>
public enum Severity
{
    Warning,
    Error,

    /// <summary>Nothing is wrong: a fact worth telling (a draft left out of the build, a review finding of note).</summary>
    Info,
}
