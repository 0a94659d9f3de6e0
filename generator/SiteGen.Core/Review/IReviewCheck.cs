using SiteGen.Format;

namespace SiteGen.Review;

/// <summary>
/// One quality check of <c>sitegen review</c>. Each looks at one disclosure at a time (and, for the checks against
/// last year, at the previous year through <see cref="ReviewContext.PreviousYears"/>, a dictionary lookup), so the
/// review is one pass over the site, linear in its indicators.
/// </summary>
public interface IReviewCheck
{
    /// <summary>The site.yml switch (under <c>review:</c>) that turns the check off.</summary>
    ContentField Switch { get; }

    void Check(ReviewContext context, ReviewSink sink);
}
