namespace SiteGen.Markdown;

/// <summary>Which link addresses may appear on a government page: http, https, mailto, and relative ones.</summary>
public static class LinkPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so must we.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstSeparator >= 0 && firstSeparator < colon))
        {
            return true;
        }

        // "htt\u00A0ps:" is no scheme to a browser but a broken relative link; only a clean scheme is allowed (found by fuzzing).
        var rawScheme = url[..url.IndexOf(':', StringComparison.Ordinal)];
        if (rawScheme.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
