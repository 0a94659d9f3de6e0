namespace SiteGen.Content;

/// <summary>One content file, read and parsed; <see cref="Root"/> is null when it could not be used.</summary>
public sealed record ContentFile(string Path, YamlNode? Root);

/// <summary>The files of one disclosure: its disclosure.yml and its projects, in publishing order (not yet parsed).</summary>
/// <param name="Evaluations">The self-evaluations in <c>evaluation/*.yml</c> beside it (DOMAIN.md, "The year's cycle"), if any.</param>
public sealed record DisclosureFiles(string Disclosure, IReadOnlyList<string> Projects, IReadOnlyList<string>? Evaluations = null)
{
    public IReadOnlyList<string> EvaluationFiles => Evaluations ?? [];
}

/// <summary>Everything found in the content folder (site.yml parsed), before it is bound to the model.</summary>
public sealed record ContentSet(ContentFile? Site, IReadOnlyList<DisclosureFiles> Disclosures);
