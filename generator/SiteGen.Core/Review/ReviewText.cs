using System.Text;

namespace SiteGen.Review;

/// <summary>Text helpers the checks share: comparing what a person wrote without its spacing and punctuation.</summary>
internal static class ReviewText
{
    /// <summary>Letters and digits only, full-width folded to half-width: “一年内， 更新数” → “一年内更新数”.</summary>
    public static string Bare(string? text)
    {
        if (text is null)
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A 三级指标 name without a trailing bracket: “完成率（%）” → “完成率”.</summary>
    public static string NameCore(string name)
    {
        var text = name.Trim();
        if (text.Length > 0 && text[^1] is ')' or '）')
        {
            var open = text.LastIndexOfAny(['(', '（']);
            if (open > 0)
            {
                text = text[..open];
            }
        }

        return text.Trim();
    }
}
