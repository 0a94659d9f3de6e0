using System.Text.RegularExpressions;

namespace SiteGen.Import.Recognition;

/// <summary>
/// The numbering in front of a paragraph: 一是…, 一、…, （一）…, 1、…, 1.…, （1）…. Pages number items
/// themselves, so the importer keeps the text after it.
/// </summary>
public static partial class Numbering
{
    public static bool TryStrip(string paragraph, out string rest)
    {
        var match = Prefix().Match(paragraph);
        rest = match.Success ? paragraph[match.Length..].TrimStart() : paragraph;
        return match.Success && rest.Length > 0;
    }

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}[、，,．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:[、，,．]|\.(?!\d)))")]
    private static partial Regex Prefix();
}
