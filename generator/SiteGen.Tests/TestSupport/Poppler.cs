namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Reads PDFs with poppler-utils (pdftotext, pdfinfo), as a citizen's PDF reader would see them. A machine
/// without them fails the PDF tests with this message: they are never skipped.
/// </summary>
internal static class Poppler
{
    public const string Missing = "pdftotext/pdfinfo (poppler-utils) are needed to read the PDFs but were not found on PATH; install them (Debian: apt-get install poppler-utils).";

    /// <summary>The text of the whole PDF, or of page <paramref name="page"/> (1-based) only, in reading layout.</summary>
    public static string Text(string pdf, int? page = null) =>
        page is { } n ? Run("pdftotext", "-layout", "-f", $"{n}", "-l", $"{n}", pdf, "-") : Run("pdftotext", "-layout", pdf, "-");

    /// <summary>pdfinfo's fields (Title, Pages, Page size…).</summary>
    public static Dictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", pdf).Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);

    /// <summary>The font types pdffonts lists (Type 3, CID TrueType…), one per embedded font.</summary>
    public static IReadOnlyList<string> FontTypes(string pdf) =>
        [.. Run("pdffonts", pdf).Split('\n').Skip(2)
            .Where(line => line.Length > 37)
            .Select(line => line[37..].Trim())
            .Select(rest => System.Text.RegularExpressions.Regex.Match(rest, @"^(Type 3|Type 1C?|CID Type 0C?|CID TrueType|TrueType|Type 1)").Value)];

    /// <summary>The embedded fonts' names without their subset prefix (SiteGenHei-Bold…), one per embedded font.</summary>
    public static IReadOnlyList<string> FontNames(string pdf) =>
        [.. Run("pdffonts", pdf).Split('\n').Skip(2)
            .Select(line => line.Split(' ', 2)[0])
            .Where(name => name.Length > 0)
            .Select(name => name.Contains('+') ? name[(name.IndexOf('+') + 1)..] : name)];

    /// <summary>The bookmarks' titles, in order, as pdftohtml reads the outline.</summary>
    public static IReadOnlyList<string> Outline(string pdf) =>
        [.. System.Text.RegularExpressions.Regex.Matches(Run("pdftohtml", "-xml", "-stdout", "-i", "-q", pdf), "<item page=\"\\d+\">([^<]*)</item>")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static string Run(string tool, params string[] args)
    {
        var result = ProcessRunner.Run(tool, args, TimeSpan.FromMinutes(1), Missing);
        Assert.True(result.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed with exit code {result.ExitCode}:\n{result.StdErr}");
        return result.StdOut;
    }
}
