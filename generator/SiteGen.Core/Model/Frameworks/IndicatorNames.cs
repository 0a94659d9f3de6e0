namespace SiteGen.Model.Frameworks;

/// <summary>
/// Reduces the ways departments write indicator names to one canonical name, only for checking pairs:
/// weights such as "(50分)" dropped, the trailing 指标 added where it was left off, and known synonyms
/// (效果指标 = 效益指标, 环境效益指标 = 生态效益指标, 社会公众或服务对象满意度指标 = 服务对象满意度指标).
/// </summary>
public static class IndicatorNames
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["效果指标"] = "效益指标",
        ["环境效益指标"] = "生态效益指标",
        ["社会公众或服务对象满意度指标"] = "服务对象满意度指标",
        ["社会公众满意度指标"] = "服务对象满意度指标",
    };

    public static string Normalise(string name)
    {
        var text = StripTrailingBracket(name.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal).Trim());
        if (!text.EndsWith("指标", StringComparison.Ordinal))
        {
            text += "指标";
        }

        return Synonyms.GetValueOrDefault(text, text);
    }

    /// <summary>"产出指标(50分)", "产出指标（50分）" and "成本指标(0-20)分" → "产出指标", "成本指标".</summary>
    private static string StripTrailingBracket(string text)
    {
        if (text.Length > 1 && text[^1] == '分' && text[^2] is ')' or '）')
        {
            text = text[..^1];
        }

        if (text.Length == 0 || text[^1] is not (')' or '）'))
        {
            return text;
        }

        var open = text.LastIndexOfAny(['(', '（']);
        return open > 0 ? text[..open] : text;
    }
}
