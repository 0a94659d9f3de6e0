using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>
/// One row of a 部门整体支出绩效自评表: a generic department indicator (预算完成率, 结转结余率, 三公经费控制率…) with its
/// 年初 / 调整 / 全年完成 values, weight and score, as the form has them (DOMAIN.md, "The year's cycle").
/// </summary>
public sealed record DepartmentEvaluatedIndicatorFormat : MapFormat
{
    public ContentField Level1 { get; } = new("level1", "一级指标", Text, description: "一级指标，例如 产出指标、效益指标，或表上的 部门管理、履职效能");
    public ContentField Level2 { get; } = new("level2", "二级指标", Text, description: "二级指标，例如 预算执行、数量指标");
    public ContentField Name { get; } = new("name", "三级指标", new TextType(Example: "预算完成率"), required: true, "三级指标名称，例如 预算完成率、结转结余率、“三公经费”控制率");
    public ContentField Initial { get; } = new("initial", "年初指标值", new TextType(Example: "≥95%"), required: true, "年初指标值，原文照录，例如 ≥95%、高、好");
    public ContentField Adjusted { get; } = new("adjusted", "调整指标值", Text, description: "年中调整后的指标值（有调整时写）");
    public ContentField Actual { get; } = new("actual", "全年完成值", new TextType(Example: "98.5%"), required: true, "全年实际完成值，原文照录");
    public ContentField Weight { get; } = new("weight", "指标权重", Amount, required: true, "指标权重（分值）；全部指标的权重合计为 100");
    public ContentField Score { get; } = new("score", "得分", Amount, required: true, "得分，在 0 与权重之间");
    public ContentField Core { get; } = new("core", "是否核心指标", new BooleanType(), description: "是否核心指标：true 为是，false 为否，不写即表上未标");

    internal DepartmentEvaluatedIndicatorFormat()
        : base("部门整体自评指标") => Define(Level1, Level2, Name, Initial, Adjusted, Actual, Weight, Score, Core);
}
