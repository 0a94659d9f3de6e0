using System.Text.RegularExpressions;

namespace SiteGen.Import.Recognition;

/// <summary>The cells above a project table: <c>224002中共临西县委…</c> (unit code and name) and <c>单位：万元</c>.</summary>
internal static partial class UnitCells
{
    /// <summary>万元 or 元 when the text is a money-unit line such as <c>单位：万元</c> or <c>金额单位:元</c>.</summary>
    public static string? MoneyUnit(string text)
    {
        var match = MoneyUnitPattern().Match(Labels.Normalise(text));
        return match.Success ? match.Groups["unit"].Value : null;
    }

    /// <summary>A unit written as its code followed by its name, optionally after a label such as 单位名称：.</summary>
    public static DepartmentDraft? Unit(string text)
    {
        var match = UnitPattern().Match(text.Trim());
        return match.Success ? new DepartmentDraft(match.Groups["code"].Value, match.Groups["name"].Value.Trim()) : null;
    }

    [GeneratedRegex(@"^(金额|资金)?单位:(?<unit>万元|元)$")]
    private static partial Regex MoneyUnitPattern();

    // The code is ASCII (digits, letters, - . _) and the name starts with a Chinese character.
    [GeneratedRegex(@"^(?:(?:预算|项目)?单位(?:名称)?\s*[:：]\s*)?(?<code>[0-9][0-9A-Za-z\-._]{1,39})\s*[-—－:：]?\s*(?<name>\p{IsCJKUnifiedIdeographs}.*)$")]
    private static partial Regex UnitPattern();
}
