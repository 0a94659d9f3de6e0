using System.Globalization;

namespace SiteGen.Sample;

/// <summary>An amount in cents, written as staff write it (10.00): sums in the corpus add up exactly.</summary>
internal readonly record struct SampleAmount(long Cents)
{
    public static SampleAmount Random(Prng r, bool inYuan) =>
        inYuan
            ? new SampleAmount((long)r.Between(1_000, 8_000_000) * 100 + r.Below(100))
            : new SampleAmount((long)r.Between(100, 80_000) + r.Below(10) * 100_000);

    /// <summary>About <paramref name="percent"/>% of this amount.</summary>
    public SampleAmount Part(int percent) => new(Cents * percent / 100);

    public SampleAmount Minus(SampleAmount other) => new(Cents - other.Cents);

    public override string ToString() => (Cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
