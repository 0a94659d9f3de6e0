namespace SiteGen.Sample;

/// <summary>Names for the fictional corpus. Every place is prefixed 虚构, so no page can pass for a real one.</summary>
internal static class NameBank
{
    /// <summary>A fictional bureau: full name, short name, and the work its projects fund.</summary>
    public sealed record Bureau(string Name, string ShortName, string[] Topics);

    private static readonly string[] Syllables =
    [
        "东", "西", "南", "北", "清", "安", "平", "宁", "和", "丰", "泰", "兴", "云", "石", "河", "山", "林", "川", "阳", "江",
    ];

    private static readonly string[] RegionSuffixes = ["县", "市", "区", "旗"];

    public static readonly Bureau[] Bureaus =
    [
        new("交通运输局", "交通局", ["农村公路养护", "危桥改造", "城乡客运补贴", "交通安全设施建设"]),
        new("教育局", "教育局", ["义务教育均衡发展", "学前教育资助", "教师培训", "校舍安全改造"]),
        new("卫生健康局", "卫健局", ["基本公共卫生服务", "家庭医生签约服务", "疾病预防控制", "妇幼健康服务"]),
        new("农业农村局", "农业局", ["高标准农田建设", "农作物病虫害防治", "农产品质量检测", "农技推广服务"]),
        new("水利局", "水利局", ["小型水库维修养护", "农村饮水安全巩固", "河道清淤整治", "防汛抗旱物资储备"]),
        new("自然资源和规划局", "自然资源局", ["国土空间规划编制", "耕地保护监测", "地质灾害防治", "不动产登记信息化"]),
        new("生态环境分局", "环境分局", ["大气污染防治", "水环境质量监测", "土壤污染治理", "环境执法能力建设"]),
        new("民政局", "民政局", ["城乡低保资金", "特困人员供养", "养老服务补贴", "社区治理能力提升"]),
        new("人力资源和社会保障局", "人社局", ["就业技能培训", "创业担保贷款贴息", "劳动保障监察", "社保经办服务"]),
        new("文化广电和旅游局", "文旅局", ["公共文化服务", "文物保护修缮", "全民阅读推广", "旅游宣传推介"]),
        new("市场监督管理局", "市场监管局", ["食品安全抽检", "特种设备安全监察", "计量检定", "消费维权服务"]),
        new("应急管理局", "应急局", ["安全生产监管", "应急救援队伍建设", "森林防火", "应急物资储备"]),
        new("住房和城乡建设局", "住建局", ["老旧小区改造", "农村危房改造", "城市排水设施维护", "建筑质量安全监管"]),
        new("林业局", "林业局", ["国土绿化", "森林资源管护", "林业有害生物防治", "湿地保护"]),
        new("统计局", "统计局", ["经济普查", "统计调查", "统计执法检查", "统计信息化"]),
        new("司法局", "司法局", ["法律援助", "人民调解", "社区矫正", "普法宣传"]),
        new("退役军人事务局", "退役军人局", ["优抚对象补助", "退役军人就业培训", "烈士纪念设施维护", "双拥工作"]),
        new("医疗保障局", "医保局", ["医疗救助", "医保基金监管", "医保经办服务", "异地就医结算"]),
        new("科学技术局", "科技局", ["科技创新平台建设", "科技特派员服务", "科普宣传", "高新技术企业培育"]),
        new("商务局", "商务局", ["电子商务进农村", "外贸企业扶持", "市场保供稳价", "商贸流通体系建设"]),
        new("体育局", "体育局", ["全民健身设施", "青少年体育培训", "体育赛事举办", "社会体育指导员培训"]),
        new("档案馆", "档案馆", ["档案数字化", "档案库房维护", "档案编研", "档案安全保护"]),
        new("融媒体中心", "融媒体中心", ["新闻客户端运行维护", "广播电视节目制作", "网络舆情监测", "应急广播建设"]),
        new("审计局", "审计局", ["政府投资项目审计", "经济责任审计", "审计信息化", "审计人员培训"]),
        new("信访局", "信访局", ["信访事项办理", "矛盾纠纷排查化解", "网上信访系统维护", "信访接待场所运行"]),
        new("机关事务服务中心", "机关事务中心", ["公务用车运行维护", "办公楼物业管理", "公共机构节能", "机关食堂运行"]),
        new("乡村振兴局", "乡村振兴局", ["产业帮扶", "防止返贫监测", "乡村公益岗位", "易地搬迁后续扶持"]),
        new("数据和政务服务局", "政务服务局", ["政务服务大厅运行", "电子政务外网运维", "一网通办平台建设", "数据共享交换"]),
        new("供销合作社", "供销社", ["农资保供", "基层社建设", "农村综合服务社", "农产品流通"]),
        new("妇女联合会", "妇联", ["妇女技能培训", "儿童之家建设", "家庭教育指导", "妇女维权服务"]),
    ];

    public static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];

    public static readonly string[] Categories = ["专项业务类", "运转类", "基本建设类", "民生保障类", "能力建设类"];

    public static readonly string[] Units = ["服务中心", "监测站", "管理所", "事务中心", "执法大队"];

    private static int Pairs => Syllables.Length * (Syllables.Length - 1);

    public static int RegionCount => Pairs * RegionSuffixes.Length;

    /// <summary>A fictional place such as 虚构清河县 (never 东东县); distinct for every index below <see cref="RegionCount"/>.</summary>
    public static string Region(int index)
    {
        var pair = index % Pairs;
        var first = pair / (Syllables.Length - 1);
        var second = pair % (Syllables.Length - 1);
        second += second >= first ? 1 : 0;
        var suffix = index / Pairs % RegionSuffixes.Length;
        return "虚构" + Syllables[first] + Syllables[second] + RegionSuffixes[suffix];
    }
}
