using SiteGen.Diagnostics;

namespace SiteGen.Import.Evaluation;

// What the 自评表 reader understood, as the form wrote it: every value is the cell's own text (trimmed), with the
// cell's place, so a later problem (an unmatched project, a number that is not one) points at the cell in the form.

/// <summary>One cell's text and where it stands in the imported file.</summary>
public sealed record FormCell(string Text, SourceLocation At);

/// <summary>
/// One 项目支出绩效自评表. <paramref name="Year"/> is the form's own (its title's 2020年度), null when it names none;
/// <paramref name="MoneyUnit"/> is what it states (项目资金（万元）, 单位：元), null when it states nothing.
/// </summary>
public sealed record SelfEvaluationDraft(
    FormCell? Name,
    FormCell? Code,
    string? SupervisingDepartment,
    string? ImplementingUnit,
    int? Year,
    string? MoneyUnit,
    FundsDraft? Funds,
    IReadOnlyList<EvaluatedRowDraft> Rows,
    FormCell? Total,
    FormCell? Grade,
    string? Conclusion,
    SourceLocation At);

/// <summary>The 年度资金总额 row of the funds block: 年初预算数, 全年预算数, 全年执行数, 得分 as written.</summary>
public sealed record FundsDraft(FormCell? Initial, FormCell? Annual, FormCell? Spent, FormCell? Score, SourceLocation At);

/// <summary>One indicator row: the 三级指标 (its key), 年度指标值, 实际完成值, 分值, 得分 and 偏差原因 as written.</summary>
public sealed record EvaluatedRowDraft(
    FormCell Name,
    string? Target,
    FormCell? Actual,
    FormCell? Weight,
    FormCell? Score,
    string? Deviation,
    SourceLocation At);
