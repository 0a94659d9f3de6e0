using System.Text.RegularExpressions;
using SiteGen.Import.Recognition;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Evaluation;

/// <summary>
/// The labels of a 项目支出绩效自评表 (财预〔2020〕10号 附件) and their synonyms in other provinces' forms, compared as a
/// reader does (<see cref="Labels.Normalise"/>, a trailing unit such as （万元） or （分） set aside).
/// </summary>
internal static partial class FormLabels
{
    public static readonly string[] Name = ["项目名称"];
    public static readonly string[] Code = ["项目编码", "项目代码"];
    public static readonly string[] Supervising = ["主管部门", "主管部门(单位)", "预算部门"];
    public static readonly string[] Implementing = ["实施单位", "项目实施单位", "预算单位"];
    public static readonly string[] Initial = ["年初预算数", "年初预算"];
    public static readonly string[] Annual = ["全年预算数", "全年预算数(A)", "调整后预算数", "全年预算"];
    public static readonly string[] Spent = ["全年执行数", "全年执行数(B)", "全年执行", "实际执行数"];
    public static readonly string[] Rate = ["执行率", "执行率(B/A)", "预算执行率"];
    public static readonly string[] FundsTotal = ["年度资金总额", "资金总额", "合计"];
    public static readonly string[] Level3 = ["三级指标"];
    public static readonly string[] Target = ["年度指标值", "指标值", "年度目标值", "预期指标值", "年度指标值(A)"];
    public static readonly string[] Actual = ["实际完成值", "全年实际值", "实际完成值(B)", "实际值", "全年完成值"];
    public static readonly string[] Weight = ["分值", "权重", "指标分值"];
    public static readonly string[] Score = ["得分", "自评得分", "评分"];
    public static readonly string[] Deviation = ["偏差原因分析及改进措施", "偏差原因分析及改进措施", "偏差原因分析", "偏差原因", "未完成原因分析及改进措施", "原因分析及改进措施"];
    public static readonly string[] Total = ["总分", "合计", "得分合计", "总计"];
    public static readonly string[] Grade = ["评价等级", "自评等级", "绩效等级"];
    public static readonly string[] Conclusion = ["自评结论", "评价结论", "综合评价结论", "自评结论及改进措施"];
    public static readonly string[] GoalsHeader = ["预期目标"];

    /// <summary>A cell's label: normalised, a trailing bracket (a unit or a formula) dropped.</summary>
    public static string Bare(string text)
    {
        var label = Labels.Normalise(text);
        var bracket = TrailingBracket().Match(label);
        return bracket.Success && bracket.Index > 0 ? label[..bracket.Index] : label;
    }

    public static bool Is(string text, string[] names)
    {
        var label = Labels.Normalise(text);
        var bare = Bare(text);
        return names.Contains(label, StringComparer.Ordinal) || names.Contains(bare, StringComparer.Ordinal);
    }

    /// <summary>万元 or 元 named in a label such as 项目资金（万元） or 年初预算数（元）, or a line 单位：万元.</summary>
    public static string? MoneyUnitIn(string text) =>
        UnitCells.MoneyUnit(text) ?? (InBracket().Match(Labels.Normalise(text)) is { Success: true } m ? m.Groups["unit"].Value : null);

    /// <summary>A cell that is only a marker of “nothing here”: a slash or dash, as forms write an empty cell.</summary>
    public static string Value(TableCell cell) => cell.Text.Trim() is "/" or "／" or "—" or "——" or "-" or "－" ? "" : cell.Text.Trim();

    /// <summary>The budget year a title names: 2020年度项目支出绩效自评表, （2020年度）.</summary>
    public static int? YearIn(string text) =>
        YearPattern().Match(text) is { Success: true } m ? int.Parse(m.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"\((?<unit>万元|元)\)")]
    private static partial Regex InBracket();

    [GeneratedRegex(@"(?<year>20\d\d)\s*年")]
    private static partial Regex YearPattern();
}
