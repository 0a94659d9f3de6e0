using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The print-ready page of a disclosure's self-evaluations: for each evaluated project its 项目支出绩效自评表 in the
/// official layout (财预〔2020〕10号): funds, then every indicator with 年度指标值, 实际完成值, 分值, 得分 and
/// 偏差原因分析及改进措施, then 总分 and 评价等级. Only projects that have an evaluation are listed. The department's own
/// 部门整体支出绩效自评表 comes first when it has published one.
/// </summary>
/// <param name="DisclosureUrl">The disclosure page (the published targets), relative to this page.</param>
/// <param name="ProjectCount">How many projects the disclosure has, evaluated or not.</param>
public sealed record SelfEvaluationPageView(
    int Year,
    string Title,
    Department Department,
    string MoneyUnit,
    string DisclosureUrl,
    int ProjectCount,
    IReadOnlyList<ProjectView> Projects)
{
    /// <summary>部门整体自评表, first on the page; null when the department has published none.</summary>
    public DepartmentSelfEvaluationView? DepartmentSelfEvaluation { get; init; }

    public static string TitleOf(Disclosure d) => $"{d.Department.Name}{d.Year}年{CrumbOf(d)}";

    /// <summary>What the page holds: the projects' 自评表, and the department's own first when it has one.</summary>
    public static string CrumbOf(Disclosure d) => d.DepartmentSelfEvaluation is null ? "项目支出绩效自评表" : "绩效自评表";

    public static string DescriptionOf(Disclosure d) => d.DepartmentSelfEvaluation is null
        ? $"{d.Department.Name}{d.Year}年 {d.EvaluatedProjects.Count} 个预算项目的项目支出绩效自评表：年度指标值、实际完成值、分值、得分和偏差原因。"
        : $"{d.Department.Name}{d.Year}年部门整体支出绩效自评表和 {d.EvaluatedProjects.Count} 个预算项目的项目支出绩效自评表：指标值、完成值、分值、得分。";

    public static SelfEvaluationPageView From(Disclosure d)
    {
        var page = SiteUrls.SelfEvaluation(d);
        var projects = new List<ProjectView>();
        for (var i = 0; i < d.Projects.Count; i++)
        {
            var p = d.Projects[i];
            if (d.EvaluatedProjects.FirstOrDefault(e => ReferenceEquals(e.Project, p)) is { } score)
            {
                var view = ProjectView.From(p, i + 1, d.MoneyUnit);
                projects.Add(view with { Evaluation = EvaluationView.From(score, view.Id) with { FormUrl = SiteUrls.Link(page, SiteUrls.Disclosure(d)) + "#" + view.Id } });
            }
        }

        return new SelfEvaluationPageView(d.Year, TitleOf(d), d.Department, d.MoneyUnit, SiteUrls.Link(page, SiteUrls.Disclosure(d)), d.Projects.Count, projects)
        {
            DepartmentSelfEvaluation = DepartmentSelfEvaluationView.From(d.DepartmentSelfEvaluation),
        };
    }
}
