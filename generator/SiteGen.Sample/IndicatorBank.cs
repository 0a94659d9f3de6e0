namespace SiteGen.Sample;

/// <summary>
/// Indicator rows as departments write them, per 二级 indicator: a name, what it measures, and a target
/// in one of the forms real documents use (≥230篇, 不低于95%, 95%以上, ≤475元/亩, 效果明显 …).
/// Every form here parses as quantitative or as a known grade, and no percentage exceeds 100.
/// </summary>
internal static class IndicatorBank
{
    public sealed record Row(string Name, string Measures, Func<Prng, string> Target);

    private static readonly string[] CountUnits = ["个", "次", "篇", "人次", "户", "场", "份", "期", "处", "项"];

    public static readonly IReadOnlyDictionary<string, Row[]> ByLevel2 = new Dictionary<string, Row[]>(StringComparer.Ordinal)
    {
        ["数量指标"] =
        [
            new("{0}覆盖户数", "年度内{0}覆盖的户数", r => $"≥{r.Between(50, 5000)}户"),
            new("开展{0}次数", "全年开展{0}的次数", r => $"不少于{r.Between(2, 60)}次"),
            new("{0}完成数量", "年度计划完成的{0}数量", r => $"≥{r.Between(3, 900)}{r.Pick(CountUnits)}"),
            new("{0}培训人次", "参加{0}培训的人次", r => $"≥{r.Between(1, 30)}00人次"),
            new("{0}面积", "{0}涉及的面积", r => $"大于等于{r.Between(100, 20000)}.{r.Between(0, 9)}平方米"),
            new("{0}宣传材料", "发放的{0}宣传材料份数", r => $">={r.Between(1, 50)}00份"),
        ],
        ["质量指标"] =
        [
            new("{0}合格率", "{0}验收合格的比例", r => $"≥{r.Between(90, 100)}%"),
            new("{0}达标率", "{0}达到标准的比例", r => $"不低于{r.Between(85, 99)}%"),
            new("{0}质量", "{0}是否符合行业标准", r => r.Pick(["达标", "符合标准", "合格", "优良"])),
            new("{0}差错次数", "{0}工作中的差错次数", r => $"<{r.Between(1, 5)}次"),
            new("资料归档完整率", "{0}资料归档的完整程度", r => $"{r.Between(95, 100)}%以上"),
        ],
        ["时效指标"] =
        [
            new("{0}完成时限", "{0}按计划完成的情况", r => r.Pick(["按时完成", "按期完成", "及时完成"])),
            new("资金拨付及时率", "{0}资金按时拨付的比例", r => $"≥{r.Between(90, 100)}%"),
            new("问题处置时间", "{0}发现问题后的处置时间", r => $"≤{r.Between(1, 30)}天"),
        ],
        ["成本指标"] =
        [
            new("{0}成本控制", "{0}实际支出控制在预算内", r => $"≤{r.Between(5, 500)}万元"),
            new("单位成本", "{0}每单位的平均成本", r => $"<={r.Between(100, 900)}元/亩"),
        ],
        ["经济成本指标"] =
        [
            new("{0}支出控制数", "{0}实际支出不超过预算", r => $"≤{r.Between(5, 500)}万元"),
            new("单位成本", "{0}每单位的平均成本", r => $"≤{r.Between(10, 90)}.{r.Between(10, 99)}元/株"),
        ],
        ["社会成本指标"] =
        [
            new("对群众生活的影响", "{0}实施对周边群众生活的影响", r => r.Pick(["无", "降低", "减少"])),
        ],
        ["生态环境成本指标"] =
        [
            new("对生态环境的影响", "{0}实施对生态环境的影响", r => r.Pick(["无", "减少"])),
        ],
        ["经济效益指标"] =
        [
            new("带动相关产业增收", "{0}带动的经济收益", r => $"≥{r.Between(10, 900)}万元"),
            new("节约财政资金", "{0}节约的财政资金", r => r.Pick(["有所提高", "明显提升", "增加"])),
        ],
        ["社会效益指标"] =
        [
            new("{0}社会影响", "{0}对社会的积极影响", r => r.Pick(["效果明显", "效果显著", "明显提升", "有效提升"])),
            new("{0}知晓率", "群众对{0}的知晓程度", r => $"≥{r.Between(80, 98)}%"),
            new("{0}受益人数", "{0}直接受益的人数", r => $"≥{r.Between(1, 90)}万（受益人数）"),
            new("信息公开情况", "{0}相关信息按规定公开", r => r.Pick(["及时", "规范", "准确"])),
        ],
        ["生态效益指标"] =
        [
            new("生态环境改善", "{0}对生态环境的改善作用", r => r.Pick(["有所改善", "明显改善", "持续改善"])),
            new("绿化覆盖率", "{0}区域的绿化覆盖率", r => $"≥{r.Between(30, 60)}%"),
        ],
        ["可持续影响指标"] =
        [
            new("{0}长效机制", "{0}长效管理机制的建立情况", r => r.Pick(["长期", "长期有效", "中长期"])),
            new("设施使用年限", "{0}相关设施的使用年限", r => $"≥{r.Between(3, 20)}年"),
            new("{0}服务能力", "{0}服务能力的持续提升", r => r.Pick(["持续提升", "稳步提升", "逐步提高"])),
        ],
        ["服务对象满意度指标"] =
        [
            new("服务对象满意度", "服务对象对{0}的满意程度", r => $"≥{r.Between(85, 99)}%"),
            new("群众满意度", "群众对{0}的满意程度", r => $"不低于{r.Between(85, 98)}%"),
            new("受益对象满意度", "受益对象对{0}的评价", r => r.Pick([$"≥{r.Between(85, 99)}百分比", "满意", "比较满意"])),
        ],
    };
}
