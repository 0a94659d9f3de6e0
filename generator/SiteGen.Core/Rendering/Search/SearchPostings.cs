namespace SiteGen.Rendering.Search;

/// <summary>
/// The entries that contain one term, as the index file holds them: for each entry in ascending order, the gap from
/// the one before (from 0 for the first) times two, plus one when the term is in the entry's title, in base 36,
/// joined by commas. Kept as UTF-8 as it is built: at 10,000 disclosures the index holds tens of millions of these.
/// </summary>
internal sealed class SearchPostings
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    private byte[] _bytes = new byte[8];
    private int _length;
    private int _last;

    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

    /// <summary>Adds entry <paramref name="entry"/>, which is above every entry added before.</summary>
    public void Add(int entry, bool inTitle)
    {
        var value = (entry - _last) * 2 + (inTitle ? 1 : 0);
        _last = entry;
        Span<byte> digits = stackalloc byte[8];
        var count = 0;
        do
        {
            digits[count++] = (byte)Digits[value % 36];
            value /= 36;
        }
        while (value > 0);

        if (_length + count + 1 > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count + 1));
        }

        if (_length > 0)
        {
            _bytes[_length++] = (byte)',';
        }

        while (count > 0)
        {
            _bytes[_length++] = digits[--count];
        }
    }
}
