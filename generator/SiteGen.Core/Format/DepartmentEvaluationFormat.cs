using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>
/// department-evaluation.yml beside disclosure.yml: the department's own self-evaluation of the year (部门整体支出绩效自评),
/// its own small document, written with the 决算 months after the targets, which stay untouched.
/// </summary>
public sealed record DepartmentEvaluationFormat : MapFormat
{
    public ContentField Indicators { get; } = new("indicators", "部门整体自评指标", new ListType(ContentFormat.DepartmentEvaluatedIndicator), required: true, "自评表的指标行，按表上的顺序");
    public ContentField Total { get; } = new("total", "总分", Amount, description: "表上写明的总分；与各项得分之和不同时发布表上的总分并提示");
    public ContentField Conclusion { get; } = new("conclusion", "自评结论", Prose, description: "自评结论：主要成绩、存在问题和改进措施（Markdown）");

    internal DepartmentEvaluationFormat()
        : base("部门整体自评") => Define(Indicators, Total, Conclusion);
}
