using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>Shows every file on its way to the build's target (the staging folder, the preview) to the link check.</summary>
public sealed class CheckedSink(ISiteSink inner, LinkChecker checker) : ISiteSink
{
    public void Write(OutputFile file)
    {
        checker.Add(file.Path, file.Content);
        inner.Write(file);
    }
}
