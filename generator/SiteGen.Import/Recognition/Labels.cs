using System.Text;

namespace SiteGen.Import.Recognition;

/// <summary>
/// Compares the labels of a form the way a reader does: full-width and half-width punctuation alike,
/// spaces ignored, a leading 其中 and a trailing colon dropped.
/// </summary>
public static class Labels
{
    public static string Normalise(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '：' => ':',
                '（' => '(',
                '）' => ')',
                '％' => '%',
                '，' => ',',
                _ => c,
            });
        }

        var text = builder.ToString().TrimEnd(':');
        return text.StartsWith("其中:", StringComparison.Ordinal) ? text[3..] : text;
    }

    /// <summary>True when <paramref name="label"/> reads as one of <paramref name="names"/> (already normalised).</summary>
    public static bool Is(string label, params ReadOnlySpan<string> names)
    {
        var normalised = Normalise(label);
        foreach (var name in names)
        {
            if (normalised == name)
            {
                return true;
            }
        }

        return false;
    }
}
