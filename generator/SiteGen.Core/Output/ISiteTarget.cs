using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>
/// Where one build puts the site's files, and how it makes them the site: a staging folder swapped in whole
/// (<see cref="FolderTarget"/>, <c>sitegen build</c>), or a site held in memory (<c>sitegen serve</c>). Until
/// <see cref="Publish"/>, whatever was there before stays as it was. Writes come from several threads at once.
/// </summary>
public interface ISiteTarget : ISiteSink
{
    /// <summary>Readies the target for this site's files; false (reported) when it cannot take them.</summary>
    bool Begin(Site site, DiagnosticBag diagnostics);

    /// <summary>A file the last good build made and this build would make the same, as that build made it.</summary>
    void Keep(string path, Lazy<byte[]> content);

    /// <summary>
    /// Takes a file to be made when it is first asked for, after the site is published, and returns true; or returns
    /// false, and the build makes it now and writes it. Lets a preview show its pages before the data files are made.
    /// </summary>
    bool Defer(PlannedFile file);

    /// <summary>
    /// The folder the files are written to, for tools that read them back as files (the PDF printer); null when the
    /// target holds them in memory.
    /// </summary>
    string? Folder { get; }

    /// <summary>Makes the written files the site, all at once; false (reported) when the previous site stays.</summary>
    bool Publish(DiagnosticBag diagnostics);

    /// <summary>
    /// The published site's files, when the target holds them for a next build to keep (<see cref="Keep"/>); null
    /// when it does not, and a next build makes every file again.
    /// </summary>
    IReadOnlyDictionary<string, Lazy<byte[]>>? Files { get; }
}
