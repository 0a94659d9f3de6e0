namespace SiteGen.Sample;

/// <summary>
/// A small deterministic generator (SplitMix64). Unlike <see cref="Random"/>, its sequence is fixed by
/// this file alone, so a seed gives the same corpus on every .NET version and machine. Each disclosure
/// gets its own stream, derived from the seed and its place, so disclosures can be written in parallel.
/// </summary>
internal sealed class Prng(ulong state)
{
    private ulong _state = state;

    public static Prng For(long seed, params ReadOnlySpan<int> place)
    {
        var state = Mix((ulong)seed ^ 0x5EED_5EED_5EED_5EEDUL);
        foreach (var part in place)
        {
            state = Mix(state ^ (ulong)(uint)part);
        }

        return new Prng(state);
    }

    public ulong NextULong() => Mix(_state += 0x9E37_79B9_7F4A_7C15UL);

    /// <summary>A number in [0, max).</summary>
    public int Below(int max) => (int)(NextULong() % (ulong)max);

    /// <summary>A number in [min, max], both included.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    public bool Chance(double probability) => (NextULong() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>Distinct picks in their original order.</summary>
    public List<T> PickSome<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(count, items.Count))
        {
            chosen.Add(Below(items.Count));
        }

        return [.. chosen.Select(i => items[i])];
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
