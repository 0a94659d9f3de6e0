using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Import.Recognition;

// What the recogniser understood, as the source wrote it: every value is the source's text (trimmed),
// never a number or a normalised name, so the YAML written from it says exactly what the document said.

/// <summary>
/// One disclosure read from a legacy document. <paramref name="OverallGoals"/> is null for a disclosure of projects
/// only (a single-project form has no 第一部分); <paramref name="DepartmentIndicators"/> are the indicator rows of a
/// 部门整体绩效目标表 when Part 1 is written as a table.
/// </summary>
public sealed record DisclosureDraft(
    int Year,
    string Framework,
    DepartmentDraft Department,
    string MoneyUnit,
    SectionDraft? OverallGoals,
    IReadOnlyList<SubGoalDraft> SubGoals,
    SectionDraft? Measures,
    IReadOnlyList<ProjectDraft> Projects,
    string SourceFile,
    IReadOnlyList<IndicatorDraft>? DepartmentIndicators = null);

public sealed record DepartmentDraft(string Code, string Name);

/// <summary>An introduction (Markdown) and numbered items (Markdown) with their numbering removed.</summary>
public sealed record SectionDraft(string? Intro, IReadOnlyList<string> Items);

public sealed record SubGoalDraft(string Title, string? Text);

/// <summary>
/// One project table. <paramref name="Heading"/> is the title line above it, when there was one.
/// <paramref name="Code"/> is null when the form has no 项目编码: it is written blank, as the document left it.
/// <paramref name="LongTermIndicators"/> are the rows of a 长期 (中长期, 实施期) indicator table beside the 年度 one.
/// </summary>
public sealed record ProjectDraft(
    string? Code,
    string Name,
    DepartmentDraft? Unit,
    IReadOnlyList<KeyValuePair<ContentField, string>> Details,
    BudgetDraft Budget,
    string Purpose,
    IReadOnlyList<CheckpointDraft> SpendingPlan,
    IReadOnlyList<string> LongTermGoals,
    IReadOnlyList<string> Goals,
    IReadOnlyList<IndicatorDraft> Indicators,
    string? Heading,
    SourceLocation At,
    IReadOnlyList<IndicatorDraft>? LongTermIndicators = null);

/// <summary>预算数, 财政资金, 其他资金 as written; a blank cell is null.</summary>
public sealed record BudgetDraft(string Total, string? Fiscal, string? Other);

public sealed record CheckpointDraft(string Label, string Percent);

/// <summary>One indicator row; 一级/二级 already carried down over merged (blank) cells.</summary>
public sealed record IndicatorDraft(
    string Level1,
    string Level2,
    string Name,
    string? Description,
    string Target,
    string? Basis,
    string? Weight,
    string? Core,
    string? PreviousTarget);
