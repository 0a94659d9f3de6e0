using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>
/// The output folder as a build's target: files go to a staging folder beside it as they are made, and publishing
/// swaps the staging folder in whole (<see cref="SiteWriter"/>); disposing an unpublished target removes it.
/// </summary>
public sealed class FolderTarget(string outputDir) : ISiteTarget, IDisposable
{
    private SiteStaging? _staging;

    private SiteStaging Staging => _staging ?? throw new InvalidOperationException("Begin the target before writing to it.");

    public string? Folder => Staging.Folder;

    /// <summary>Null: a next build reads nothing back from the published folder and makes every file again.</summary>
    public IReadOnlyDictionary<string, Lazy<byte[]>>? Files => null;

    public bool Begin(Site site, DiagnosticBag diagnostics)
    {
        _staging = SiteWriter.Begin(outputDir, diagnostics);
        return _staging is not null;
    }

    public void Write(OutputFile file) => Staging.Write(file);

    /// <summary>A file of the published site (the build cache keeps those) is linked, not read and written again.</summary>
    public void Keep(string path, Lazy<byte[]> content)
    {
        if (content is PublishedFile published)
        {
            Staging.Link(path, published.FullPath, published.Entry);
        }
        else
        {
            Staging.Write(new OutputFile(path, content.Value));
        }
    }

    /// <summary>Never: a published folder is complete the moment it is swapped in.</summary>
    public bool Defer(PlannedFile file) => false;

    public bool Publish(DiagnosticBag diagnostics) => Staging.Publish(diagnostics);

    public void Dispose() => _staging?.Dispose();
}
