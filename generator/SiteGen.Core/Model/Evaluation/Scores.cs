namespace SiteGen.Model.Evaluation;

/// <summary>How scores are rounded: to two places, half away from zero, as the forms print them (10.00).</summary>
public static class Scores
{
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Kept within 0…weight: no formula may give more than the weight or less than nothing.</summary>
    public static decimal Clamp(decimal value, decimal weight) => Math.Min(Math.Max(value, 0m), weight);
}
