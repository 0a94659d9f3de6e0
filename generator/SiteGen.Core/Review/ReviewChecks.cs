using SiteGen.Review.Checks;

namespace SiteGen.Review;

/// <summary>Every check of the review, in code order. A new check is one file under Checks/ and one line here.</summary>
public static class ReviewChecks
{
    public static IReadOnlyList<IReviewCheck> All { get; } =
    [
        new PlaceholderTextCheck(),
        new MissingUnitCheck(),
        new UnitContradictsNameCheck(),
        new LowSatisfactionCheck(),
        new BoilerplateBasisCheck(),
        new DescriptionRepeatsNameCheck(),
        new NameReusedCheck(),
        new TargetLoweredCheck(),
        new BelowPreviousActualCheck(),
        new VagueTargetCheck(),
        new OcrDamageCheck(),
        new PreviousTargetCheck(),
    ];
}
