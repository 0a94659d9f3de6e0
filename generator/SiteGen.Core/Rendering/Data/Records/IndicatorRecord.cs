using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>One indicator row, with where it stands on the disclosure page.</summary>
internal sealed record IndicatorRecord
{
    [Description("一级指标，原文照录")]
    public required string Level1 { get; init; }

    [Description("二级指标，原文照录")]
    public required string Level2 { get; init; }

    [Description("三级指标")]
    public required string Name { get; init; }

    [Description("绩效指标描述")]
    public required string? Description { get; init; }

    [Description("指标值：原文及解析结果")]
    public required TargetRecord Target { get; init; }

    [Description("指标值确定依据")]
    public required string? Basis { get; init; }

    [DecimalText]
    [Description("分值/权重")]
    public required string? Weight { get; init; }

    [Description("是否核心指标")]
    public required bool Core { get; init; }

    [Description("上年指标值，原文照录")]
    public required string? PreviousTarget { get; init; }

    [Description("指标在页面上的地址（相对于网站根目录）")]
    public required string Url { get; init; }

    /// <summary>Only for an evaluated indicator; left out (not null) otherwise, so data without evaluations is unchanged.</summary>
    [Description("绩效自评：实际完成值、分值、得分等（仅有自评时）")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IndicatorEvaluationRecord? Evaluation { get; init; }

    /// <summary>A table's rows: the index of a row is its place in the table, which its page address names.</summary>
    public static IReadOnlyList<IndicatorRecord> ListFrom(Disclosure d, Project p, IReadOnlyList<Indicator> indicators, bool longTerm) =>
    [
        .. indicators.Select((x, i) => new IndicatorRecord
        {
            Level1 = x.Level1,
            Level2 = x.Level2,
            Name = x.Name,
            Description = x.Description,
            Target = TargetRecord.From(x.Target),
            Basis = x.Basis,
            Weight = x.Weight?.Text,
            Core = x.IsCore,
            PreviousTarget = x.PreviousTarget,
            Url = DataUrls.Indicator(d, p, i, longTerm),
            Evaluation = longTerm ? null : Scored(d, p, x) is { } scored ? IndicatorEvaluationRecord.From(scored) : null,
        }),
    ];

    private static Model.Evaluation.ScoredIndicator? Scored(Disclosure d, Project p, Indicator x) =>
        d.EvaluatedProjects.FirstOrDefault(e => ReferenceEquals(e.Project, p))?.Indicators.FirstOrDefault(r => ReferenceEquals(r.Published, x));
}
