namespace SiteGen.Model.Binding;

/// <summary>Department and project codes become URLs and anchors, so they are kept to safe ASCII.</summary>
internal static class Codes
{
    public static bool IsUrlSafe(string code) =>
        code.Length is > 0 and <= 64
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && !code.StartsWith('.');
}
