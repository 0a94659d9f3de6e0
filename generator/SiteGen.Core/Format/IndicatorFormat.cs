using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>One indicator row of a target table (绩效指标).</summary>
public sealed record IndicatorFormat : MapFormat
{
    public ContentField Level1 { get; } = new("level1", "一级指标", new TextType(Example: "产出指标"), required: true, "一级指标：每行都写");
    public ContentField Level2 { get; } = new("level2", "二级指标", new TextType(Example: "数量指标"), required: true, "二级指标：须是所用指标体系允许的组合");
    public ContentField Name { get; } = new("name", "三级指标", Text, required: true);
    public ContentField Description { get; } = new("description", "绩效指标描述", Text);
    public ContentField Target { get; } = new("target", "指标值", new TextType(Example: "≥10个"), required: true, "指标值，原文照录，例如 ≥230篇（更新新闻篇数）");
    public ContentField Basis { get; } = new("basis", "指标值确定依据", Text);
    public ContentField Weight { get; } = new("weight", "分值", Amount, description: "分值/权重");
    public ContentField Core { get; } = new("core", "是否核心指标", new BooleanType(), description: "是否核心指标（页面标 ★）：true 或 false");
    public ContentField PreviousTarget { get; } = new("previous_target", "上年指标值", Text);

    public ContentField Id { get; } = new("id", "指标标识", ContentTypes.Code, description: "可选的指标标识，供自评表引用（同一项目内不重复）；不写时自评按三级指标名称对应");

    internal IndicatorFormat()
        : base("绩效指标") => Define(Level1, Level2, Name, Description, Target, Basis, Weight, Core, PreviousTarget, Id);
}
