namespace SiteGen.Output;

/// <summary>
/// A file of the published output folder that this build keeps as it is. Its bytes are read only if someone asks;
/// a folder target links it into the staging folder instead (<see cref="FolderTarget.Keep"/>), with the manifest
/// entry the last build wrote for it, so ten thousand kept pages cost neither a copy nor a hash.
/// </summary>
public sealed class PublishedFile(string fullPath, SiteManifest.Entry entry) : Lazy<byte[]>(() => File.ReadAllBytes(fullPath))
{
    public string FullPath => fullPath;

    public SiteManifest.Entry Entry => entry;
}
