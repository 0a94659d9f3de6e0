namespace SiteGen.Format;

/// <summary>
/// site.yml review（审核检查）: each check of <c>sitegen review</c> can be switched off (<c>false</c>); all are on by
/// default. <c>publish: true</c> also publishes the review report with the site (staff only see it otherwise).
/// </summary>
public sealed record ReviewFormat : MapFormat
{
    private static readonly BooleanType Switch = new();

    public ContentField PlaceholderText { get; } = new("placeholder_text", "模板占位符", Switch, description: "SG8001：名称或描述中留有 **、XX、×××、请填写 等占位符（默认 true）");
    public ContentField MissingUnit { get; } = new("missing_unit", "缺少单位", Switch, description: "SG8002：数量型指标值没有单位（默认 true）");
    public ContentField UnitContradictsName { get; } = new("unit_contradicts_name", "单位与名称不符", Switch, description: "SG8003：如“完成率”的指标值用“天”（默认 true）");
    public ContentField LowSatisfaction { get; } = new("low_satisfaction", "满意度偏低", Switch, description: "SG8004：满意度指标值低于 80%（默认 true）");
    public ContentField BoilerplateBasis { get; } = new("boilerplate_basis", "依据雷同", Switch, description: "SG8005：大多数指标的指标值确定依据相同（默认 true）");
    public ContentField DescriptionRepeatsName { get; } = new("description_repeats_name", "描述重复名称", Switch, description: "SG8006：绩效指标描述与名称相同或是名称的一部分（默认 true）");
    public ContentField NameReused { get; } = new("name_reused", "指标名称重复", Switch, description: "SG8007：同一项目中三级指标名称重复（默认 true）");
    public ContentField TargetLowered { get; } = new("target_lowered", "指标值降低", Switch, description: "SG8008：指标值比上年同一项目同一指标低（默认 true）");
    public ContentField BelowPreviousActual { get; } = new("below_previous_actual", "低于上年实际", Switch, description: "SG8009：指标值低于上年绩效自评的实际完成值（默认 true）");
    public ContentField VagueTarget { get; } = new("vague_target", "模糊指标值", Switch, description: "SG8010：名称要求数值，指标值却是“较好”“明显”一类说法（默认 true）");
    public ContentField OcrDamage { get; } = new("ocr_damage", "识别错误", Switch, description: "SG8011：指标值像是扫描识别错误，如 292%、9O%（默认 true）");
    public ContentField PreviousTarget { get; } = new("previous_target", "上年指标值不符", Switch, description: "SG8012：填写的上年指标值与上年已公开的不同（默认 true）");
    public ContentField Publish { get; } = new("publish", "发布审核报告", Switch, description: "true：审核报告也发布在网站的 review/index.html（默认 false，只在 sitegen review 和 sitegen serve 中查看）");

    internal ReviewFormat()
        : base("审核检查") => Define(PlaceholderText, MissingUnit, UnitContradictsName, LowSatisfaction, BoilerplateBasis, DescriptionRepeatsName, NameReused, TargetLowered, BelowPreviousActual, VagueTarget, OcrDamage, PreviousTarget, Publish);

    /// <summary>The switches of the checks, each with the code it turns off (everything but <see cref="Publish"/>).</summary>
    public IReadOnlyList<ContentField> Checks => [.. Fields.Where(f => !ReferenceEquals(f, Publish))];
}
