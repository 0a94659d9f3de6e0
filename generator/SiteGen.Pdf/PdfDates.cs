using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Pdf;

/// <summary>
/// Removes the time of printing that Chromium writes into a PDF's information dictionary (CreationDate,
/// ModDate), the only bytes that differ between two prints of the same page, so a build gives the same PDF
/// again. Each entry is overwritten with spaces of the same length: white space is allowed in a dictionary, and
/// no byte moves, so the cross-reference offsets stay right.
/// </summary>
public static partial class PdfDates
{
    /// <summary>Chromium (Skia) writes the information dictionary first; only the start of the file is searched.</summary>
    private const int HeadLength = 4096;

    public static byte[] Remove(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so offsets in the text are offsets in the file.
        var head = Encoding.Latin1.GetString(pdf, 0, Math.Min(pdf.Length, HeadLength));
        var result = (byte[])pdf.Clone();
        foreach (Match match in DateEntry().Matches(head))
        {
            result.AsSpan(match.Index, match.Length).Fill((byte)' ');
        }

        return result;
    }

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*\(D:[0-9]{4,14}(?:Z|[+\-][0-9]{2}'?[0-9]{2}'?)?\)")]
    private static partial Regex DateEntry();
}
