using SiteGen.Model;
using SiteGen.Model.Evaluation;
using SiteGen.Rendering.Charts;

namespace SiteGen.Rendering.Views;

/// <summary>
/// A year's self-evaluation results: every evaluated project by its total score (highest first), and a chart of each
/// department's execution rate and average score. Null for a year without evaluations, whose page stays as it was.
/// </summary>
public sealed record YearEvaluationView(IReadOnlyList<EvaluatedProjectRowView> Projects, Html? Chart)
{
    public static YearEvaluationView? From(int year, IReadOnlyList<Disclosure> disclosures)
    {
        var evaluated = disclosures.Where(d => d.EvaluatedProjects.Count > 0).ToList();
        if (evaluated.Count == 0)
        {
            return null;
        }

        var rows = EvaluatedProjectRowView.Ranked(
            evaluated.SelectMany(d => d.EvaluatedProjects.Select(s => (d, s))),
            (d, s) => $"{d.Department.Code}/index.html#{SiteUrls.ProjectAnchor(s.Project)}");
        var chart = evaluated.Count < 2 ? null : EvaluationBarChart.For(
            $"{year}年各部门预算执行率和自评平均分",
            [.. evaluated.Select(DepartmentRow)],
            "year-evaluation-chart",
            "部门");
        return new YearEvaluationView(rows, chart);
    }

    /// <summary>A department's execution rate over all its evaluated projects' funds (one money unit within a department), and its average score.</summary>
    private static EvaluationBarChart.Row DepartmentRow(Disclosure d)
    {
        var scores = d.EvaluatedProjects;
        var annual = scores.Sum(s => s.Evaluation.AnnualBudget.Value);
        decimal? rate = annual <= 0m ? null : Scores.Round(scores.Sum(s => s.Evaluation.Spent.Value) / annual * 100m);
        var average = Scores.Round(scores.Average(s => s.Total));
        return new(d.Department.Name, rate, rate is { } r ? EvaluationView.Number(r) + "%" : "—", average, EvaluationView.Number(average), scores.Count);
    }
}

/// <summary>One evaluated project in a ranking (the year's or a department's); its URL is relative to the page that lists it.</summary>
public sealed record EvaluatedProjectRowView(int Number, string Name, string Code, string Department, string Url, string ExecutionRate, string Total, string Grade)
{
    /// <summary>Highest total first; ties by execution rate, then by department and project code, so the order is stable.</summary>
    public static List<EvaluatedProjectRowView> Ranked(IEnumerable<(Disclosure Disclosure, ProjectScore Score)> scores, Func<Disclosure, ProjectScore, string> url) =>
        [.. scores
            .OrderByDescending(x => x.Score.Total)
            .ThenByDescending(x => x.Score.ExecutionRate ?? -1m)
            .ThenBy(x => x.Disclosure.Department.Code, StringComparer.Ordinal)
            .ThenBy(x => x.Score.Project.Code, StringComparer.Ordinal)
            .Select((x, i) => From(i + 1, x.Disclosure, x.Score, url(x.Disclosure, x.Score)))];

    private static EvaluatedProjectRowView From(int number, Disclosure d, ProjectScore s, string url) => new(
        number,
        s.Project.Name,
        s.Project.Code,
        d.Department.Name,
        url,
        s.ExecutionRate is { } rate ? EvaluationView.Number(rate) + "%" : "—",
        EvaluationView.Number(s.Total),
        s.Grade);
}
