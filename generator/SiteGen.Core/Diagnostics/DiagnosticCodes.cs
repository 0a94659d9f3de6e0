namespace SiteGen.Diagnostics;

/// <summary>
/// Every diagnostic code, grouped by the build stage that reports it:
/// SG1xxx reading files and YAML, SG2xxx the content schema, SG3xxx the domain rules,
/// SG4xxx Markdown, SG5xxx templates, SG6xxx writing the site, SG7xxx importing legacy documents.
/// Codes never change meaning once published; retire a code rather than reuse it.
/// </summary>
public static class DiagnosticCodes
{
    // SG1xxx: reading files and YAML syntax.
    public static readonly DiagnosticCode FileUnreadable = E("SG1001", "文件无法读取（权限、被占用或不是普通文件）");
    public static readonly DiagnosticCode NotUtf8 = E("SG1002", "文件不是 UTF-8 编码（例如用 GBK 保存）；请另存为 UTF-8");
    public static readonly DiagnosticCode YamlSyntax = E("SG1003", "YAML 语法错误");
    public static readonly DiagnosticCode DuplicateKey = E("SG1004", "同一层级出现重复的字段名");
    public static readonly DiagnosticCode AliasNotAllowed = E("SG1005", "不支持 YAML 锚点、别名和标签（& * !）");
    public static readonly DiagnosticCode TooDeep = E("SG1006", "YAML 嵌套层级过深");
    public static readonly DiagnosticCode FileTooLarge = E("SG1007", "文件过大");
    public static readonly DiagnosticCode MultipleDocuments = E("SG1008", "一个文件只能有一个 YAML 文档（不要使用 ---）");
    public static readonly DiagnosticCode MissingSiteFile = E("SG1009", "缺少站点设置文件 site.yml");
    public static readonly DiagnosticCode ContentFolderMissing = E("SG1010", "内容目录不存在");
    public static readonly DiagnosticCode EmptyFile = E("SG1011", "文件是空的（只有注释或什么都没有）");
    // SG1012–SG1099: the YAML mistakes people really make, found before YamlDotNet at the offending character.
    public static readonly DiagnosticCode TabIndentation = E("SG1012", "缩进里有 Tab 字符：YAML 只能用空格缩进");
    public static readonly DiagnosticCode FullWidthColon = E("SG1013", "字段名后是全角冒号“：”：应为英文冒号加空格“: ”");
    public static readonly DiagnosticCode FullWidthSpace = E("SG1014", "冒号后或缩进里是全角空格：应为半角空格");
    public static readonly DiagnosticCode FullWidthQuote = E("SG1015", "用了中文引号“”‘’代替 YAML 的英文引号");
    public static readonly DiagnosticCode ChineseComma = E("SG1016", "方括号列表里用了中文逗号“，”代替英文逗号");
    public static readonly DiagnosticCode DashWithoutSpace = E("SG1017", "列表项的“-”后面没有空格");
    public static readonly DiagnosticCode ColonWithoutSpace = E("SG1018", "字段名的冒号后面没有空格");
    public static readonly DiagnosticCode ListIndentation = E("SG1019", "同一列表的各项缩进不一致");
    public static readonly DiagnosticCode ReservedFirstCharacter = E("SG1020", "值以 % @ ` { 开头却没有加引号");
    public static readonly DiagnosticCode MissingColon = E("SG1021", "该写“字段名: 值”的地方缺少冒号");
    public static readonly DiagnosticCode ColonInValue = E("SG1022", "值的中间有英文冒号加空格“: ”却没有加引号");
    public static readonly DiagnosticCode StrayFile = W("SG1101", "文件不属于任何公开文档，已忽略");

    // SG2xxx: the content schema (keys, types, required fields).
    public static readonly DiagnosticCode UnknownKey = E("SG2001", "未知字段（拼写错误的字段不会被悄悄忽略）");
    public static readonly DiagnosticCode MissingField = E("SG2002", "缺少必填字段");
    public static readonly DiagnosticCode WrongType = E("SG2003", "字段类型不对（应为文字、列表或键值对等）");
    public static readonly DiagnosticCode NotDecimal = E("SG2004", "金额或百分比不是十进制数");
    public static readonly DiagnosticCode NotInteger = E("SG2005", "应为整数");
    public static readonly DiagnosticCode NotAllowedValue = E("SG2006", "取值不在允许范围内");
    public static readonly DiagnosticCode EmptyValue = E("SG2007", "必填字段为空");
    public static readonly DiagnosticCode NotBoolean = E("SG2008", "应为 true 或 false");

    // SG3xxx: the domain rules of DOMAIN.md.
    public static readonly DiagnosticCode LevelPairNotAllowed = E("SG3001", "一级指标与二级指标的组合不在所用指标体系中");
    public static readonly DiagnosticCode UnknownLevel1 = E("SG3002", "一级指标不在所用指标体系中");
    public static readonly DiagnosticCode PlaceholderTarget = E("SG3003", "指标值是未填写的模板占位符（如 ≥**个）");
    public static readonly DiagnosticCode DuplicateProjectCode = E("SG3004", "同一公开文档中项目编码重复");
    public static readonly DiagnosticCode SpendingPercentOutOfRange = E("SG3005", "资金支出计划的百分比不在 0 到 100 之间");
    public static readonly DiagnosticCode SpendingPlanDecreasing = E("SG3006", "资金支出计划不是累计的（后一节点小于前一节点）");
    public static readonly DiagnosticCode DuplicateDisclosure = E("SG3007", "同一年度同一部门有两份公开文档");
    public static readonly DiagnosticCode BudgetDoesNotAddUp = W("SG3101", "预算数不等于财政资金与其他资金之和");
    public static readonly DiagnosticCode SpendingPlanNotComplete = W("SG3102", "资金支出计划最后一个节点不是 100");
    public static readonly DiagnosticCode MissingLevel1Group = W("SG3103", "缺少某个一级指标（如没有满意度指标）");
    public static readonly DiagnosticCode UnrecognisedTarget = W("SG3104", "指标值既不是数量值也不是常见的定性等级");
    public static readonly DiagnosticCode PercentAbove100 = W("SG3105", "百分比指标值超过 100");
    // SG35xx: drafts and the editor (sitegen serve --edit).
    public static readonly DiagnosticCode DraftLeftOut = I("SG3501", "草稿（draft: true）的公开文档只在预览中显示，sitegen build 不发布");

    // SG32xx/SG33xx: self-evaluations (evaluation/*.yml) against the published targets.
    public static readonly DiagnosticCode UnknownEvaluatedProject = E("SG3201", "绩效自评的项目编码不在本公开文档中");
    public static readonly DiagnosticCode UnknownEvaluatedIndicator = E("SG3202", "绩效自评的指标不在该项目已公开的绩效指标中");
    public static readonly DiagnosticCode AmbiguousIndicatorName = E("SG3203", "三级指标名称在项目中重复，自评无法按名称对应（请给指标行加 id）");
    public static readonly DiagnosticCode WeightsDoNotSum = E("SG3204", "自评分值之和加预算执行 10 分不等于 100");
    public static readonly DiagnosticCode ScoreOutsideWeight = E("SG3205", "得分小于 0 或大于分值");
    public static readonly DiagnosticCode DuplicateEvaluation = E("SG3206", "同一项目有两份绩效自评，或同一指标评了两次");
    public static readonly DiagnosticCode IndicatorNotEvaluated = W("SG3301", "已公开的绩效指标在自评中缺失");
    public static readonly DiagnosticCode TargetDiffersFromPublished = W("SG3302", "自评的年度指标值与年初公开的指标值不一致（且未记录调整及理由）");
    public static readonly DiagnosticCode StatedScoreDiffers = W("SG3303", "原表得分与按规则计算的得分不同（发布原表得分）");
    public static readonly DiagnosticCode MissingDeviationReason = W("SG3304", "未完成的指标没有写偏差原因分析及改进措施");
    public static readonly DiagnosticCode SpentAboveBudget = W("SG3305", "全年执行数超过全年预算数");
    public static readonly DiagnosticCode ScoreOutsideBand = W("SG3306", "定性指标的得分不在所选评价档次的分数段内");
    public static readonly DiagnosticCode ActualNotComparable = W("SG3307", "实际完成值无法与指标值比较（单位不同或不是数量），且没有定性评价");
    public static readonly DiagnosticCode ZeroTargetMissed = W("SG3308", "指标值为 0 而实际完成值不为 0：按规则得 0 分");
    // SG3211–SG3219/SG3311–SG3319: mid-year monitoring (monitoring/*.yml) against the published targets.
    public static readonly DiagnosticCode UnknownMonitoredProject = E("SG3211", "运行监控的项目编码不在本公开文档中");
    public static readonly DiagnosticCode UnknownMonitoredIndicator = E("SG3212", "运行监控的指标不在该项目已公开的绩效指标中");
    public static readonly DiagnosticCode AmbiguousMonitoredName = E("SG3213", "三级指标名称在项目中重复，运行监控无法按名称对应（请给指标行加 id）");
    public static readonly DiagnosticCode DuplicateMonitoring = E("SG3214", "同一项目有两份运行监控，或同一指标填了两次");
    public static readonly DiagnosticCode MonitoringOutsideYear = E("SG3215", "运行监控的截止日期不在预算年度内");
    public static readonly DiagnosticCode IndicatorNotMonitored = W("SG3311", "已公开的绩效指标在运行监控中缺失");
    public static readonly DiagnosticCode MonitoredSpentAboveBudget = W("SG3312", "1-7月执行数超过全年预算数");
    public static readonly DiagnosticCode MissingMonitoringReason = W("SG3313", "可能完不成目标的指标没有写偏差原因或原因说明");

    // SG329x/SG339x: the department's own self-evaluation (department-evaluation.yml, 部门整体自评).
    public static readonly DiagnosticCode DepartmentScoreOutsideWeight = E("SG3290", "部门整体自评的得分不在 0 与该指标权重之间");
    public static readonly DiagnosticCode DepartmentWeightsNot100 = E("SG3291", "部门整体自评的指标权重合计不是 100");
    public static readonly DiagnosticCode DepartmentIndicatorRepeated = W("SG3390", "部门整体自评中同一三级指标出现两次");
    public static readonly DiagnosticCode DepartmentStatedTotalDiffers = W("SG3391", "部门整体自评表上的总分与各项得分之和不同（发布表上的总分）");

    // SG34xx: publishing on a government website (footer settings, public-information metadata, the 20-day rule).
    public static readonly DiagnosticCode RemoteImage = E("SG3401", "图片须是 content/ 目录下的本地文件，不能是网址（其他网站的图片被安全策略禁止）");
    public static readonly DiagnosticCode ImageMissing = E("SG3402", "图片文件不存在、不在 content/ 目录内，或不是 png、jpg、gif、svg、ico、webp 图片");
    public static readonly DiagnosticCode BadDate = E("SG3403", "日期不是 YYYY-MM-DD 格式，或不在合理范围内（预算年度的前一年到后一年）");
    public static readonly DiagnosticCode PublishedBeforeApproved = E("SG3404", "发布日期早于批复日期");
    public static readonly DiagnosticCode PublishedLate = W("SG3451", "发布日期晚于批复日期 20 天以上（预算应在批复后 20 日内公开）");

    // SG4xxx: Markdown in prose fields.
    public static readonly DiagnosticCode UnsafeLink = E("SG4001", "链接地址不安全（只允许 http、https、mailto 和站内相对地址）");
    public static readonly DiagnosticCode ImageNotAllowed = E("SG4002", "正文中不能插入图片");
    public static readonly DiagnosticCode MarkdownTooDeep = E("SG4003", "Markdown 嵌套层级过深（如几十层的列表或引用）");

    // SG5xxx: templates.
    public static readonly DiagnosticCode TemplateMissing = E("SG5001", "缺少模板文件");
    public static readonly DiagnosticCode TemplateSyntax = E("SG5002", "模板语法错误");
    public static readonly DiagnosticCode TemplateRuntime = E("SG5003", "模板运行错误（如使用了不存在的变量或字段）");

    // SG6xxx: writing the site.
    public static readonly DiagnosticCode OutputFailed = E("SG6001", "无法写入输出目录");
    public static readonly DiagnosticCode OutputNotASite = E("SG6002", "输出目录已存在且不是 SiteGen 生成的站点，拒绝覆盖");
    public static readonly DiagnosticCode BrokenLink = E("SG6003", "站内链接或锚点指向不存在的页面或位置，或从网站根目录开始（放在子路径下会失效）");
    public static readonly DiagnosticCode DuplicateId = E("SG6004", "同一页面中 id 重复");
    public static readonly DiagnosticCode OutputBusy = E("SG6006", "另一个构建正在向同一个输出目录发布");
    public static readonly DiagnosticCode BuildCacheIgnored = W("SG6007", "构建缓存已损坏或不属于本站点（或本版本），已忽略并完整重新构建");

    // SG61xx: a new site (sitegen new).
    public static readonly DiagnosticCode LeftOut = I("SG6101", "名称以 _ 开头的文件夹或文件（如 sitegen new 写的示例）不发布");
    public static readonly DiagnosticCode NewSiteFolderNotEmpty = E("SG6102", "sitegen new 的目标目录不是空的，拒绝写入");
    public static readonly DiagnosticCode PdfFailed = E("SG6005", "无法打印 PDF（Chromium 无法启动，或打印页面时出错）");

    // SG7xxx: importing legacy documents (sitegen import). Positions point into the imported file.
    public static readonly DiagnosticCode ImportUnreadable = E("SG7001", "无法读取要导入的文件（不存在、过大、不是文本或 .docx 文件）");
    public static readonly DiagnosticCode ImportEncoding = E("SG7002", "无法识别文本编码（既不是 UTF-8 也不是 GBK/GB18030），或不符合 --encoding 指定的编码");
    public static readonly DiagnosticCode ImportNotADisclosure = E("SG7003", "没有识别出预算绩效目标公开文档的结构");
    public static readonly DiagnosticCode ImportNoYear = E("SG7004", "文档没有写明预算年度；请用 --year 指定");
    public static readonly DiagnosticCode ImportTargetExists = E("SG7005", "要写入的内容已存在；确认要替换时加 --force");
    public static readonly DiagnosticCode ImportSameDisclosure = E("SG7006", "两个导入文件是同一部门同一年度的公开文档");
    public static readonly DiagnosticCode ImportWriteFailed = E("SG7007", "无法写入内容目录");
    public static readonly DiagnosticCode ImportStopped = W("SG7101", "文档在这里中断（表格行不完整、标题后没有表格）：请核对原件是否完整");
    public static readonly DiagnosticCode ImportSkipped = W("SG7102", "这一行（或段落、表格列）无法识别，没有导入");
    public static readonly DiagnosticCode ImportProjectIncomplete = W("SG7103", "项目表不完整（缺少项目编码、名称、预算数、资金用途、绩效目标或指标），整个项目没有导入");
    public static readonly DiagnosticCode ImportYearFromText = W("SG7104", "预算年度取自正文中的“××××年度”，请核对，或用 --year 指定");
    public static readonly DiagnosticCode ImportNoSiteFile = W("SG7105", "内容目录没有 site.yml，导入没有创建它（需要 --title、--authority、--base-url）");

    // Issue 14: forms of other provinces (single-project forms, department-level tables, other column layouts).
    public static readonly DiagnosticCode ImportGivenDepartmentIgnored = W("SG7106", "文档写明了单位，与 --department-code/--department-name 不同：按文档导入");
    public static readonly DiagnosticCode ImportNoProjectCode = I("SG7107", "项目表没有项目编码：项目编码留空，锚点和跨年对应用由项目名称导出的标识");
    public static readonly DiagnosticCode ImportLevel1FromLevel2 = W("SG7108", "指标表没有一级指标列：一级指标按二级指标所属的一级指标填写，请核对");
    public static readonly DiagnosticCode ImportSpacedNumber = W("SG7109", "数字中间有空格（PDF 提取的文字常见），按原文导入，没有合并：请核对");
    public static readonly DiagnosticCode ImportFrameworkFromPairs = I("SG7110", "文档没有写明指标体系，按指标的一级/二级组合判断");
    public static readonly DiagnosticCode ImportProseLeftOut = W("SG7111", "文档中的一段文字（公示说明、注、填表说明、用句子写的指标）不是表格的内容，没有导入：请对照原件");
    public static readonly DiagnosticCode ImportFundSourceLeftOut = W("SG7112", "资金来源的细分（上级补助、本级财政、单位自有资金）在内容格式中没有对应字段，没有导入，也没有相加：请核对财政资金和其他资金");
    public static readonly DiagnosticCode ImportLongTermIndicators = I("SG7113", "项目表有长期（中长期、实施期）和年度两组绩效指标：年度的导入 indicators，长期的导入 long_term_indicators");
    public static readonly DiagnosticCode ImportTableContinued = I("SG7114", "这张表没有项目名称，是上一张项目表在分页后的续表：它的指标行并入上一个项目");

    // SG72xx: import of self-evaluation forms (项目支出绩效自评表) into evaluation/*.yml.
    public static readonly DiagnosticCode ImportEvaluationUnmatchedProject = E("SG7201", "自评表的项目在已公开的绩效目标中找不到（按项目编码，或部门内的项目名称）");
    public static readonly DiagnosticCode ImportEvaluationUnmatchedIndicator = E("SG7202", "自评表的指标不在该项目已公开的绩效指标中");
    public static readonly DiagnosticCode ImportEvaluationIncomplete = E("SG7203", "自评表不完整（缺少项目名称、全年预算数、全年执行数、指标行或实际完成值）");
    public static readonly DiagnosticCode ImportEvaluationNotANumber = E("SG7204", "自评表的金额、分值或得分不是十进制数");
    public static readonly DiagnosticCode ImportEvaluationExists = E("SG7205", "该项目的绩效自评已存在；确认要替换时加 --force");
    public static readonly DiagnosticCode ImportEvaluationAmbiguous = E("SG7206", "自评表可对应多个已公开的项目或指标（不同年度、部门或同名指标）");
    public static readonly DiagnosticCode ImportEvaluationTwice = E("SG7207", "同一项目有两份自评表，或同一指标在自评表中出现两次");
    public static readonly DiagnosticCode ImportDepartmentEvaluationUnmatched = E("SG7208", "部门整体支出绩效自评表对应不到已公开的部门文档（按年度，以及 --department-code 或表上的部门名称）");
    public static readonly DiagnosticCode ImportEvaluationLeftOut = W("SG7221", "自评表的这一行（或单元格）没有对应的内容字段，没有导入");
    public static readonly DiagnosticCode ImportEvaluationTotalDiffers = W("SG7222", "自评表的总分或评价等级与表中各项得分不一致（网站按各项得分计算总分）");
    public static readonly DiagnosticCode ImportEvaluationMoneyConverted = W("SG7223", "自评表的金额单位与公开文档不同，已按公开文档的单位换算");
    public static readonly DiagnosticCode ImportEvaluationMatchedByName = W("SG7224", "自评表的项目编码或名称与公开的项目不同，按另一项对应：请核对");

    // SG8xxx: the reviewer's checks (sitegen review): quality, never errors, since a department publishes what it decided.
    public static readonly DiagnosticCode ReviewPlaceholderText = W("SG8001", "指标名称或描述中留有模板占位符（如 **、XX、×××、请填写）");
    public static readonly DiagnosticCode ReviewMissingUnit = W("SG8002", "数量型指标值没有计量单位");
    public static readonly DiagnosticCode ReviewUnitContradictsName = W("SG8003", "指标值的单位与指标名称不符（如“完成率”用“天”）");
    public static readonly DiagnosticCode ReviewLowSatisfaction = W("SG8004", "满意度指标值低于 80%");
    public static readonly DiagnosticCode ReviewBoilerplateBasis = I("SG8005", "公开文档中大多数指标的指标值确定依据是同一段文字");
    public static readonly DiagnosticCode ReviewDescriptionRepeatsName = I("SG8006", "绩效指标描述与三级指标名称相同，或只是名称的一部分");
    public static readonly DiagnosticCode ReviewNameReused = W("SG8007", "同一项目中三级指标名称重复");
    public static readonly DiagnosticCode ReviewTargetLowered = W("SG8008", "指标值比上年同一项目同一指标的指标值低");
    public static readonly DiagnosticCode ReviewBelowPreviousActual = W("SG8009", "指标值低于上年同一指标的实际完成值（上年绩效自评）");
    public static readonly DiagnosticCode ReviewVagueTarget = W("SG8010", "指标名称要求数值，指标值却是“较好”“明显”“有所提高”一类的模糊说法");
    public static readonly DiagnosticCode ReviewLooksLikeOcrDamage = W("SG8011", "指标值像是识别错误（如 292% 应为 ≥92%，字母 O 代替数字 0）");
    public static readonly DiagnosticCode ReviewPreviousTargetDiffers = I("SG8012", "填写的上年指标值与上年已公开的指标值不同");

    /// <summary>All codes, for the README table and for tests that every code is documented.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
        [.. typeof(DiagnosticCodes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)];

    private static DiagnosticCode E(string id, string meaning) => new(id, Severity.Error, meaning);

    private static DiagnosticCode I(string id, string meaning) => new(id, Severity.Info, meaning);

    private static DiagnosticCode W(string id, string meaning) => new(id, Severity.Warning, meaning);
}
