using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>One indicator row of a self-evaluation: the published target's row, plus what was achieved and scored.</summary>
public sealed record EvaluatedIndicatorFormat : MapFormat
{
    /// <summary>The grades an evaluator gives a qualitative indicator, in the order of their bands (财预〔2020〕10号).</summary>
    public static IReadOnlyList<string> Grades { get; } = ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"];

    public ContentField Indicator { get; } = new("indicator", "三级指标", Text, required: true, "对应的已公开指标：三级指标名称，或指标行的 id");
    public ContentField Target { get; } = new("target", "年度指标值", Text, description: "自评表上的年度指标值；不写即已公开的指标值，写了而不同会提示“与年初目标不一致”");
    public ContentField Actual { get; } = new("actual", "实际完成值", new TextType(Example: "240篇"), required: true, "实际完成值，原文照录，例如 240篇、98%、达标");
    public ContentField Weight { get; } = new("weight", "分值", Amount, description: "原表的分值；不写时按默认权重（产出 50、效益 30、满意度 10，组内平均）");
    public ContentField Score { get; } = new("score", "得分", Amount, description: "原表的得分；与计算得分不同时发布原表得分并提示");
    public ContentField Grade { get; } = new("grade", "定性评价", new TextType(Values: Grades, Example: "达成年度指标"), description: "定性指标的评价档次");
    public ContentField Deviation { get; } = new("deviation", "偏差原因分析及改进措施", Prose, description: "未完成指标必须写明偏差原因和改进措施（Markdown）");
    public ContentField Override { get; } = new("override", "人工评分", ContentFormat.ScoreOverride, description: "评价人调整后的得分及理由");
    public ContentField Adjustment { get; } = new("adjustment", "调整", ContentFormat.TargetAdjustment, description: "经批准调整的年度指标值及理由");

    internal EvaluatedIndicatorFormat()
        : base("指标完成情况") => Define(Indicator, Target, Actual, Weight, Score, Grade, Deviation, Override, Adjustment);
}
