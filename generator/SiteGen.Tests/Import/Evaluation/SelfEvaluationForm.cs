using SiteGen.Import.Sources;
using SiteGen.Tests.Import.Forms;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Evaluation;

/// <summary>
/// A fictional 项目支出绩效自评表 (财预〔2020〕10号 layout) of the seed's first project, 临西新闻网平台维护费, written once as
/// rows of cells and saved in each channel the importer reads. The numbers are made up; the names and targets are the
/// seed's, so the form matches the bundled disclosure.
/// </summary>
internal static class SelfEvaluationForm
{
    public const string Department = "中共临西县委网络安全和信息化委员会办公室";
    public const string ProjectCode = "224-0603-YBN-W8XP";
    public const string ProjectName = "临西新闻网平台维护费";

    public static readonly string[] IndicatorHeader = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    /// <summary>The six rows: the seed's targets as published, made-up actuals; 得分 as a person computed them, 12 for a marked-down row.</summary>
    public static readonly string[][] IndicatorRows =
    [
        ["", "产出指标", "数量指标", "网络客户端更新新闻数量", "≥230篇（更新新闻篇数）", "200篇", "20", "17.39", "（虚构）两名编辑年中调离，更新减少；已补充人员。"],
        ["", "", "时效指标", "新闻发布的完成率", "≥85百分比", "90百分比", "15", "15", "/"],
        ["", "", "质量指标", "网络客户端被入侵次数", "<2次（被入侵的次数）", "3次", "15", "10", "（虚构）旧系统存在漏洞；已升级。"],
        ["", "效果指标", "生态效益指标", "保证网络客户端安全稳定运行天数", "≥360天（稳定运行的天数）", "365天", "15", "15", ""],
        ["", "", "可持续影响指标", "浏览网络客户端人数", "≥30万（阅读量）", "35万", "15", "12", "（虚构）年初目标偏低，酌减。"],
        ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95百分比", "96百分比", "10", "10", "无"],
    ];

    public static string[][] Head(string name = ProjectName, string moneyUnit = "万元", string initial = "10.00", string annual = "10.00", string spent = "9.50") =>
    [
        ["项目名称", name, "", "", "", "", "", "", ""],
        ["主管部门", Department, "", "", "", "实施单位", Department, "", ""],
        [$"项目资金（{moneyUnit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["", "年度资金总额", initial, annual, spent, "10", "95.00%", "9.50", ""],
        ["", "其中：当年财政拨款", initial, annual, spent, "—", "—", "—", ""],
        ["", "上年结转资金", "", "", "", "—", "—", "—", ""],
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        ["", "（虚构）宣传我县重大活动。", "", "", "", "（虚构）基本完成。", "", "", ""],
    ];

    public static string[][] Tail =>
    [
        ["总分", "", "", "", "", "", "100", "88.89", ""],
        ["评价等级", "良", "", "", "", "", "", "", ""],
        ["自评结论", "（虚构）项目基本完成年度目标，新闻更新数量和安全防护未达预期。", "", "", "", "", "", "", ""],
    ];

    public static IReadOnlyList<Block> Blocks(string[][]? head = null, string[][]? rows = null) =>
    [
        Heading("项目支出绩效自评表"),
        Line("（2020年度）"),
        Table([.. head ?? Head(), IndicatorHeader, .. rows ?? IndicatorRows, .. Tail]),
    ];

    public static TheoryData<string> Channels => ["html", "xlsx", "docx", "txt"];

    /// <summary>Saves the form in <paramref name="channel"/>: a GBK web page, a workbook, a Word document or text with cells joined by |.</summary>
    public static string Write(TempFolder folder, string channel, IReadOnlyList<Block>? blocks = null, string name = "自评表")
    {
        blocks ??= Blocks();
        Directory.CreateDirectory(folder.Join("in"));
        switch (channel)
        {
            case "html":
                return Html(folder, Path.Join("in", name + ".html"), blocks, "gbk");
            case "xlsx":
                return Xlsx(folder, Path.Join("in", name + ".xlsx"), ("自评表", blocks));
            case "docx":
                var path = folder.Join("in", name + ".docx");
                DocxBuilder.Write(path, blocks);
                return path;
            default:
                return PipeText(folder, Path.Join("in", name + ".txt"), blocks);
        }
    }
}
