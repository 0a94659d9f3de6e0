using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>data.json: the whole disclosure as data, in the order a reader meets it.</summary>
[DisplayName("预算绩效目标公开：一个部门一个年度的公开文档（data.json）")]
[Description("版本 1。金额、百分比和数值都是按原文照录的十进制文字（例如 \"10.00\"），不是 JSON 数字：JSON 数字在多数程序中按二进制浮点数读取，会丢失原文的小数位或精度。正文字段是 Markdown 原文。所有字段都会出现，原文没有的为 null。网址都是相对于网站根目录的路径。")]
internal sealed record DisclosureRecord
{
    [JsonPropertyName("$schema")]
    [Description("本文件的 JSON Schema 的相对地址")]
    public required string Schema { get; init; }

    [RegularExpression(@"^1\.[0-9]+$")]
    [Description("数据格式版本：1.x 只增加字段，不改变已有字段")]
    public required string SchemaVersion { get; init; }

    [Description("公开文档页面的地址（相对于网站根目录）")]
    public required string Url { get; init; }

    [Description("预算年度")]
    public required int Year { get; init; }

    [AllowedValues("2020", "2021")]
    [Description("指标体系（2020 年版或 2021 年版）")]
    public required string Framework { get; init; }

    [AllowedValues("万元", "元")]
    [Description("本文档所有金额的单位")]
    public required string MoneyUnit { get; init; }

    [Description("部门")]
    public required DepartmentRecord Department { get; init; }

    [Description("第一部分 部门整体绩效目标")]
    public required PartOneRecord PartOne { get; init; }

    [Description("第二部分 预算项目绩效目标表，按原文顺序")]
    public required IReadOnlyList<ProjectRecord> Projects { get; init; }

    /// <summary>Only when the department or one of its projects existed the year before; left out (not null) otherwise, so data without a previous year is unchanged.</summary>
    [Description("与上年相比：预算合计、新增、结束和延续项目，延续项目的预算、指标增减和指标值变化（仅有上年时）")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PreviousYearRecord? PreviousYear { get; init; }

    /// <summary>Only when the department has published its 部门整体自评; left out (not null) otherwise.</summary>
    [Description("部门整体自评（部门整体支出绩效自评表）：指标、年初/调整/全年完成值、权重、得分、总分和评价等级（仅有时）")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DepartmentEvaluationRecord? DepartmentEvaluation { get; init; }

    public static DisclosureRecord From(Disclosure d, Model.History.DisclosureComparison? comparison = null) => new()
    {
        Schema = SiteUrls.Relative(DataUrls.DisclosureJson(d), DataUrls.DisclosureSchema),
        SchemaVersion = DataUrls.SchemaVersion,
        Url = SiteUrls.Disclosure(d),
        Year = d.Year,
        Framework = d.Framework.Name,
        MoneyUnit = d.MoneyUnit,
        Department = DepartmentRecord.From(d.Department),
        PartOne = PartOneRecord.From(d),
        Projects = [.. d.Projects.Select(p => ProjectRecord.From(d, p))],
        PreviousYear = comparison is null ? null : PreviousYearRecord.From(comparison),
        DepartmentEvaluation = d.DepartmentSelfEvaluation is { } e ? DepartmentEvaluationRecord.From(e) : null,
    };
}
