namespace SiteGen.Sample;

/// <summary>
/// Sentences for the prose fields, written the way disclosures phrase them. <c>{0}</c> is a topic of the
/// department's work, <c>{1}</c> the department's name, <c>{2}</c> the year.
/// </summary>
internal static class TextBank
{
    public static readonly string[] OverallIntros =
    [
        "{2}年，{1}将坚持以人民为中心的发展思想，围绕全县中心工作，认真履行部门职责。今年总体目标有以下几点：",
        "根据{2}年部门预算安排，{1}结合本部门职能，确定本年度总体绩效目标如下：",
        "{1}以提高财政资金使用效益为目标，统筹推进各项重点工作。主要目标如下：",
    ];

    public static readonly string[] Goals =
    [
        "扎实推进{0}工作，确保年度任务按期完成，资金使用规范高效。",
        "全面完成{0}年度目标任务，服务对象满意度进一步提升。",
        "加强{0}管理，健全工作机制，提升履职能力和服务水平。",
        "围绕{0}重点任务，强化统筹协调，做到责任到人、措施到位。",
        "做好{0}的宣传引导，提高群众知晓率和参与度。",
        "严格执行预算，加快{0}资金支出进度，提高资金使用效益。",
        "推动{0}规范化、信息化建设，提升工作效率。",
    ];

    public static readonly string[] SubGoalTexts =
    [
        "按照年度计划组织实施{0}，加强过程管理和质量监督，确保工作取得实效。",
        "完善{0}工作制度，明确职责分工，定期调度工作进展，及时解决存在的问题。",
        "加大{0}投入力度，优化资源配置，切实提高公共服务供给水平。",
        "建立{0}台账，实行动态管理，做到底数清、情况明。",
    ];

    public static readonly string[] MeasureIntros =
    [
        "为确保{2}年度绩效目标顺利实现，{1}制定以下措施予以保障。",
        "为做好{2}年度各项工作，本部门从以下几个方面加强保障。",
    ];

    public static readonly string[] Measures =
    [
        "组织保障。成立由主要负责同志任组长的工作领导小组，统筹推进各项工作。",
        "制度保障。严格执行财务管理制度和内部控制制度，规范资金使用。",
        "监督保障。定期开展绩效运行监控，发现问题及时纠偏，确保绩效目标实现。",
        "人员保障。加强干部队伍建设，组织业务培训，提高工作人员业务能力。",
        "资金保障。严格按照预算执行，专款专用，提高资金使用效益。",
    ];

    public static readonly string[] Purposes =
    [
        "用于{0}相关支出，包括设备购置、劳务费用和日常运行维护，保障{0}工作正常开展。",
        "主要用于{0}的组织实施、宣传培训和监督检查，提升{0}工作水平。",
        "按照年度工作计划，用于{0}的项目建设和运行管理，确保项目按期完成并发挥效益。",
    ];

    public static readonly string[] ProjectGoals =
    [
        "完成{0}年度工作任务，项目实施规范有序，资金使用安全高效。",
        "通过实施{0}，有效提升公共服务水平，群众获得感进一步增强。",
        "{0}各项指标达到预期，形成可复制、可推广的工作经验。",
        "加强{0}过程管理，确保项目质量和进度符合要求。",
    ];

    public static readonly string[] Bases =
    [
        "《{1}职能配置、内设机构和人员编制规定》",
        "《虚构省{0}管理办法》",
        "{2}年度工作计划",
        "行业标准",
        "历史数据及年度目标",
        "《关于做好{2}年{0}工作的通知》",
    ];

    public static readonly string[] ApprovalBases =
    [
        "《虚构省{0}实施方案》及[县政府常务会议纪要](https://www.example.gov.cn/xxgk/hyjy/{2}.html)。",
        "依据《虚构县{2}年国民经济和社会发展计划》，经县政府研究同意立项。",
        "《关于印发{0}工作方案的通知》。",
    ];

    public static string Fill(string template, string topic, string department, int year) =>
        template.Replace("{0}", topic, StringComparison.Ordinal)
            .Replace("{1}", department, StringComparison.Ordinal)
            .Replace("{2}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
