namespace SiteGen.Sample;

/// <summary>One generated content file: its path below the content folder (with "/") and its text.</summary>
public sealed record SampleFile(string Path, string Text);
