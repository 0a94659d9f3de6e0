using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SiteGen.Model.Targets;

namespace SiteGen.Rendering.Data.Records;

/// <summary>A target value as written and as parsed: plain ASCII codes and exact decimal text for programs.</summary>
internal sealed record TargetRecord
{
    [Description("指标值，原文照录")]
    public required string Text { get; init; }

    [JsonConverter(typeof(SnakeCaseEnumConverter<TargetKind>))]
    [Description("定量、定性等级、未填写的模板占位符、无法识别")]
    public required TargetKind Kind { get; init; }

    [AllowedValues(">=", "<=", ">", "<", "=", null)]
    [Description("运算符（≥ 写作 >=，≤ 写作 <=），不论原文写法（大于等于、不低于、以上……）")]
    public required string? Operator { get; init; }

    [DecimalText]
    [Description("数值，不含“万”“亿”，半角，保留原文的小数位")]
    public required string? Number { get; init; }

    [AllowedValues("万", "亿", null)]
    [Description("数量级")]
    public required string? Magnitude { get; init; }

    [DecimalText]
    [Description("按数量级换算后的数值（30万 → 300000）")]
    public required string? ScaledNumber { get; init; }

    [Description("计量单位")]
    public required string? Unit { get; init; }

    [Description("末尾括号中的说明")]
    public required string? Note { get; init; }

    public static TargetRecord From(TargetValue t) => new()
    {
        Text = t.Text,
        Kind = t.Kind,
        Operator = TargetData.Operator(t),
        Number = TargetData.Number(t),
        Magnitude = t.Magnitude,
        ScaledNumber = TargetData.ScaledNumber(t),
        Unit = t.Unit,
        Note = t.Note,
    };
}
