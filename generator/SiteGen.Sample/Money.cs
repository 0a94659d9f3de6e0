using System.Globalization;

namespace SiteGen.Sample;

/// <summary>An amount in cents, written as staff write it (10.00): sums in the corpus add up exactly.</summary>
internal readonly record struct Money(long Cents)
{
    public static Money Random(Prng r, bool inYuan) =>
        inYuan
            ? new Money((long)r.Between(1_000, 8_000_000) * 100 + r.Below(100))
            : new Money((long)r.Between(100, 80_000) + r.Below(10) * 100_000);

    /// <summary>About <paramref name="percent"/>% of this amount.</summary>
    public Money Part(int percent) => new(Cents * percent / 100);

    public Money Minus(Money other) => new(Cents - other.Cents);

    public override string ToString() => (Cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
