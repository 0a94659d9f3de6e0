using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Pdf;

/// <summary>
/// Renumbers the ids Chromium gives the elements of a tagged PDF's structure tree (<c>/ID (node00000153)</c>, and the
/// same strings in table cells' <c>/Headers</c>): Chromium takes them from a counter of its renderer process, so the
/// same page printed in a tab that printed other pages before, or after a few more nodes were counted (nodes made
/// while the page loads, whose number varies from run to run), gets other numbers. Each id becomes its rank among the
/// PDF's ids (the smallest 1, the next 2, …), which makes the PDF depend on the page alone. Digits are zero-padded to
/// their old width: no byte moves (the cross-reference offsets stay right), and ids of one width keep their order
/// (the /IDTree is sorted by them).
/// </summary>
public static partial class PdfNodeIds
{
    public static byte[] Renumber(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so offsets in the text are offsets in the file.
        var text = Encoding.Latin1.GetString(pdf);
        var ids = NodeId().Matches(text);
        if (ids.Count == 0)
        {
            return pdf;
        }

        var ranks = ids.Select(id => Number(id.Groups[1].ValueSpan)).Distinct().Order()
            .Select((number, index) => (number, rank: index + 1L)).ToDictionary(r => r.number, r => r.rank);
        var result = (byte[])pdf.Clone();
        foreach (Match id in ids)
        {
            var digits = id.Groups[1];
            var renumbered = ranks[Number(digits.ValueSpan)].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits.Length, '0');
            Encoding.Latin1.GetBytes(renumbered, result.AsSpan(digits.Index, digits.Length));
        }

        return result;
    }

    private static long Number(ReadOnlySpan<char> digits) => long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\(node([0-9]{1,18})\)")]
    private static partial Regex NodeId();
}
