using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>
/// A disclosure's self-evaluated projects by total score, highest first, on its own page, with the link to its
/// 自评表 page. Null when no project of the disclosure is evaluated, so the page stays as it was.
/// </summary>
public sealed record DepartmentEvaluationView(IReadOnlyList<EvaluatedProjectRowView> Projects, string Average, string FormUrl)
{
    public static DepartmentEvaluationView? From(Disclosure d)
    {
        if (d.EvaluatedProjects.Count == 0)
        {
            return null;
        }

        // On the disclosure's own page a project is an anchor on the same page.
        var rows = EvaluatedProjectRowView.Ranked(d.EvaluatedProjects.Select(s => (d, s)), (_, s) => "#" + SiteUrls.ProjectAnchor(s.Project));
        var average = EvaluationView.Number(Model.Evaluation.Scores.Round(d.EvaluatedProjects.Average(s => s.Total)));
        return new DepartmentEvaluationView(rows, average, SiteUrls.Link(SiteUrls.Disclosure(d), SiteUrls.SelfEvaluation(d)));
    }
}
