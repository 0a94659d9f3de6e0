using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>Shows every file on its way to the build's target (the staging folder, the preview) to the link check.</summary>
/// <param name="progress">Counts each file that passes, for the progress line of a long build.</param>
public sealed class CheckedSink(ISiteSink inner, LinkChecker checker, BuildProgress? progress = null) : ISiteSink
{
    public void Write(OutputFile file)
    {
        checker.Add(file.Path, file.Content, file.Text);
        inner.Write(file);
        progress?.Step();
    }
}
