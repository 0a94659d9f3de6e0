using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Recognition;

/// <summary>
/// Text extracted from a PDF often splits a number with spaces (<c>3 000</c>, <c>10 .00</c>). Joining them would be a
/// guess (is <c>1 2</c> twelve, or two numbers?), so the value is imported as written and the space is reported.
/// </summary>
internal static partial class SpacedNumbers
{
    public static void Report(string? text, string what, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (text is not null && Spaced().Match(text) is { Success: true } match)
        {
            diagnostics.Report(DiagnosticCodes.ImportSpacedNumber, at,
                $"{what} “{text}” 的数字中间有空格（“{match.Value}”）：按原文导入，没有合并，请对照原件改正");
        }
    }

    [GeneratedRegex(@"\d[ \u00a0\u3000]+[.,．]?\s*\d|\d[.．]\s+\d")]
    private static partial Regex Spaced();
}
