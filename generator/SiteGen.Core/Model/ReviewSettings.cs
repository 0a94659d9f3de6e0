namespace SiteGen.Model;

/// <summary>site.yml's <c>review:</c> block: which review checks are switched off, and whether the report is published.</summary>
/// <param name="Off">The keys (of <see cref="Format.ReviewFormat"/>) of the checks written <c>false</c>.</param>
public sealed record ReviewSettings(IReadOnlySet<string> Off, bool Publish)
{
    /// <summary>Every check on, nothing published: a site.yml without a review block.</summary>
    public static ReviewSettings Default { get; } = new(new HashSet<string>(StringComparer.Ordinal), false);

    public bool IsOn(Format.ContentField check) => !Off.Contains(check.Key);
}
